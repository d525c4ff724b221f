using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace FactGen.PackageTests.Infrastructure;

/// <summary>A project made by <c>dotnet new</c> that uses FactGen from the package; built and run with the CLI.</summary>
public sealed class ConsumerProject(string directory)
{
    /// <summary>The project's folder.</summary>
    public string Directory { get; } = directory;

    /// <summary>Writes a file of the project, <paramref name="relativePath"/> with '/' separators.</summary>
    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// Moves the project to another framework, as a user edits <c>TargetFramework</c> in the project file: the SDK's
    /// console template offers only the newest.
    /// </summary>
    public void Retarget(string framework)
        => EditProjectFile(text => Regex.Replace(text, "<TargetFramework>[^<]*</TargetFramework>", $"<TargetFramework>{framework}</TargetFramework>"));

    /// <summary>Moves the project to another MSBuild SDK (<c>Microsoft.NET.Sdk.Razor</c>), as a user edits the project file.</summary>
    public void UseSdk(string sdk)
        => EditProjectFile(text => text.Replace("Sdk=\"Microsoft.NET.Sdk\"", $"Sdk=\"{sdk}\""));

    /// <summary>Adds <paramref name="groups"/> (property and item groups) at the end of the project file.</summary>
    public void AddToProjectFile(string groups)
        => EditProjectFile(text => text.Replace("</Project>", groups + "\n</Project>"));

    private void EditProjectFile(Func<string, string> edit)
    {
        var projectFile = System.IO.Directory.GetFiles(Directory, "*.csproj").Single();
        var text = File.ReadAllText(projectFile);
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        File.WriteAllText(projectFile, edited);
    }

    /// <summary>
    /// <c>dotnet build</c>, at normal verbosity so that the output says which targets were skipped as up to date.
    /// </summary>
    public BuildResult Build()
    {
        var result = DotNetCli.Run(Directory, "build", "-v:n");
        return new BuildResult(result, BuildDiagnostic.Parse(result.Output, Directory));
    }

    /// <summary>The project's AdditionalFiles items as MSBuild evaluates them, with their FactGenFactFile metadata.</summary>
    public IReadOnlyList<(string Path, string FactGenFactFile)> AdditionalFiles()
    {
        var evaluation = DotNetCli.Run(Directory, "msbuild", "-getItem:AdditionalFiles").EnsureSuccess();
        using var json = JsonDocument.Parse(evaluation.Output);
        return json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => (
                item.GetProperty("Identity").GetString()!.Replace('\\', '/'),
                item.TryGetProperty("FactGenFactFile", out var marked) ? marked.GetString()! : ""))
            .ToList();
    }

    /// <summary><c>dotnet run</c> of what the last build made; fails the test unless the program succeeds.</summary>
    public string Run() => DotNetCli.Run(Directory, "run", "--no-build").EnsureSuccess().Output;
}

/// <summary>A build's command result and the warnings and errors it printed.</summary>
public sealed record BuildResult(CommandResult Command, IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    /// <summary>
    /// Whether MSBuild skipped the compiler, and so every generator and analyzer, because the assembly was up to date
    /// with every input: the sources, the fact files, the references and the options.
    /// </summary>
    public bool SkippedCompiler => Command.Output.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", StringComparison.Ordinal);
}
