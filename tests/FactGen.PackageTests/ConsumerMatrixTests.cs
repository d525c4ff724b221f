using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FactGen.PackageTests.Infrastructure;
using FactGen.Tests.Infrastructure;
using Xunit;

namespace FactGen.PackageTests;

/// <summary>
/// The consumer matrix's cells that MSBuild makes, built from the packed package as projects of one solution, so that
/// one <c>dotnet build</c> builds them all: warnings as errors, every CA rule on (<c>AnalysisLevel=latest-all</c>) and
/// code style enforced in the build, implicit usings beside types of the project named as FactGen's, a netstandard2.0
/// library, and a project with no fact files. The cells a compiler option makes run in process
/// (FactGen.Tests' ConsumerMatrixTests).
/// </summary>
public sealed partial class PackageConsumerTests
{
    /// <summary>What every cell sets: the strictest build a library is likely to have.</summary>
    private const string StrictBuild = """
          <PropertyGroup>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <AnalysisLevel>latest-all</AnalysisLevel>
            <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
          </PropertyGroup>
        """;

    /// <summary>The project's own types with FactGen's names: generated code must bind to FactGen's, not these.</summary>
    private const string LookAlikes = """
        namespace MatrixStrict
        {
            /// <summary>A type of the project's own named as FactGen's.</summary>
            public sealed class Fact { }

            /// <summary>A type of the project's own named as FactGen's.</summary>
            public sealed class Source { }

            /// <summary>A type of the project's own named as FactGen's.</summary>
            public sealed class Citation { }

            /// <summary>A type of the project's own named as FactGen's.</summary>
            public sealed class Range { }

            /// <summary>A type of the project's own named as FactGen's.</summary>
            public sealed class Money { }

            /// <summary>A type of the project's own named as FactGen's.</summary>
            public sealed class Percentage { }

            /// <summary>A type of the project's own named as FactGen's.</summary>
            public sealed class Figure { }
        }

        namespace MatrixStrict.FactGen
        {
            /// <summary>A namespace of the project's own named as FactGen's.</summary>
            public sealed class Helpers { }
        }

        """;

    [SkippableFact]
    public void The_generated_code_builds_with_no_warning_in_strict_netstandard2_0_and_fact_less_projects()
    {
        var curated = Directory.GetFiles(TestPaths.FactsDirectory, "*.yaml");
        var hostile = Path.Combine(TestPaths.RepositoryRoot, "tests", "FactGen.Tests", "TestFacts", "odd-ids.yaml");
        var cells = new[]
        {
            // net10.0, implicit usings and nullable on, the project's own look-alike types; curated and hostile facts.
            Cell("MatrixStrict", "net10.0", "<ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable>", [.. curated, hostile], LookAlikes),
            // A netstandard2.0 library: C# 7.3, no records, no nullable annotations.
            Cell("MatrixStandard", "netstandard2.0", string.Empty, [.. curated, hostile], null),
            Cell("MatrixNoFacts", "net10.0", "<ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable>", [], null),
        };

        var solution = Path.Combine(feed.ConsumersDirectory, "Matrix");
        DotNetCli.Run(feed.ConsumersDirectory, "new", "sln", "--name", "Matrix", "--output", solution).EnsureSuccess();
        DotNetCli.Run(solution, ["sln", "add", .. cells.Select(cell => Path.Combine(cell.Directory, Path.GetFileName(cell.Directory) + ".csproj"))]).EnsureSuccess();
        var build = DotNetCli.Run(solution, "build", "-v:n");

        Assert.True(build.ExitCode == 0 && BuildDiagnostic.Parse(build.Output, feed.ConsumersDirectory).Count == 0, build.Describe());
        var noFacts = TypeNames(Path.Combine(cells[2].Directory, "bin", "Debug", "net10.0", "MatrixNoFacts.dll"));
        Assert.Equal(["MatrixNoFacts.Api"], noFacts);
    }

    /// <summary>A class library of one cell: FactGen from the feed, the strict build, its settings, fact files and code.</summary>
    private ConsumerProject Cell(string name, string framework, string properties, string[] factFiles, string? ownCode)
    {
        var project = feed.CreateProject(name, "classlib", "--framework", framework);
        File.Delete(Path.Combine(project.Directory, "Class1.cs"));
        project.AddToProjectFile($"""
            {StrictBuild}
              <PropertyGroup>{properties}</PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactGen" Version="{feed.Version}" />
              </ItemGroup>
            """);
        project.Write("AssemblyInfo.cs", "[assembly: System.CLSCompliant(true)]\n");
        project.Write("Api.cs", $$"""
            namespace {{name}}
            {
                /// <summary>The library's own API.</summary>
                public static class Api
                {
                    /// <summary>A value.</summary>
                    public static int Answer => 42;
                }
            }

            """);
        foreach (var factFile in factFiles)
        {
            project.Write("facts/" + Path.GetFileName(factFile), File.ReadAllText(factFile));
        }

        if (ownCode is not null)
        {
            // The stand-ins are the test's, not the code under test: the CA and IDE rules leave them alone.
            project.Write("LookAlikes.cs", ownCode);
            project.Write(".editorconfig", "[LookAlikes.cs]\ndotnet_analyzer_diagnostic.severity = none\n");
        }

        return project;
    }

    /// <summary>The full names of the types an assembly declares, compiler-generated ones left out.</summary>
    private static string[] TypeNames(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Select(type => (Namespace: metadata.GetString(type.Namespace), Name: metadata.GetString(type.Name)))
            .Where(type => type.Name != "<Module>" && !type.Name.StartsWith("<", StringComparison.Ordinal) && type.Namespace.Length > 0 && !type.Namespace.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && !type.Namespace.StartsWith("System.", StringComparison.Ordinal))
            .Select(type => type.Namespace + "." + type.Name)
            .ToArray();
    }
}
