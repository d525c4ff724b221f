using System;
using System.IO;
using System.Linq;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Benchmarks;

/// <summary>
/// An assembly on disk with the generated code of a synthetic fact file and a class <c>Bench.Access</c> whose
/// methods read the first fact's value, the same value as a <c>const</c>, a fact found by id in the registry, or a
/// property of <c>Bench.Plain.Properties</c> (a class of as many plain properties, <c>P0 => 0L</c>, as there are
/// facts: the floor of loading any class with a member per fact), or load the facts' class alone.
/// </summary>
public sealed class LoadedFacts : IDisposable
{
    /// <summary>The methods of <c>Bench.Access</c>.</summary>
    public const string ReadConst = nameof(ReadConst), ReadFact = nameof(ReadFact), FindById = nameof(FindById), ReadPlain = nameof(ReadPlain), LoadFactClass = nameof(LoadFactClass);

    private const string AccessCode = """
        namespace Bench
        {
            /// <summary>Reads of facts as user code writes them.</summary>
            public static class Access
            {
                /// <summary>The first fact's value, as a constant.</summary>
                public const long Figure = 10000L;

                /// <summary>Reads the constant.</summary>
                public static long ReadConst() => Figure;

                /// <summary>Reads the first fact's value.</summary>
                public static long ReadFact() => Bench.Facts.Synthetic.Fact0.Value;

                /// <summary>Loads the class of the facts, reading none of them.</summary>
                public static long LoadFactClass()
                {
                    System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Bench.Facts.Synthetic).TypeHandle);
                    return Figure;
                }

                /// <summary>Reads a property of a class with as many plain properties as there are facts.</summary>
                public static long ReadPlain() => Bench.Plain.Properties.P0;

                /// <summary>Finds a fact in the middle of the registry.</summary>
                public static global::FactGen.IFact FindById() => Bench.Facts.AllFacts.Registry[MiddleId];

                private const string MiddleId = "fact-MIDDLE";
            }
        }
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "factgen-bench-" + Guid.NewGuid().ToString("N"));

    /// <summary>Compiles the facts of a synthetic file of <paramref name="factCount"/> facts and writes the assembly.</summary>
    public LoadedFacts(int factCount)
    {
        Directory.CreateDirectory(_directory);
        AssemblyPath = Path.Combine(_directory, $"Bench.Facts{factCount}.dll");
        var access = CSharpSyntaxTree.ParseText(AccessCode.Replace("MIDDLE", (factCount / 2).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), Generation.ParseOptions);
        var factFiles = Generation.Texts([(SyntheticFacts.PathOf("synthetic"), SyntheticFacts.FactFile(factCount))]);
        var plainProperties = string.Concat(Enumerable.Range(0, factCount).Select(index => $"public static long P{index} => {index}L;\n"));
        var plain = CSharpSyntaxTree.ParseText($"namespace Bench.Plain {{ public static class Properties {{\n{plainProperties}}} }}", Generation.ParseOptions.WithDocumentationMode(DocumentationMode.None));
        Generation.CreateDriver(factFiles).RunGeneratorsAndUpdateCompilation(Generation.UserCompilation().AddSyntaxTrees(access, plain), out var output, out _);
        var compilation = output.WithOptions(output.Options.WithOptimizationLevel(OptimizationLevel.Release)).WithAssemblyName(Path.GetFileNameWithoutExtension(AssemblyPath));
        var result = compilation.Emit(AssemblyPath);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", Compilations.Problems(compilation).Take(5)));
        }
    }

    /// <summary>The compiled assembly.</summary>
    public string AssemblyPath { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // An assembly still mapped by a load context that has not been collected yet; the temp folder keeps it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above, on systems that lock mapped files.
        }
    }
}
