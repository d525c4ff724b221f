using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Tests.Infrastructure;

/// <summary>
/// The options MSBuild would hand the compiler: global build properties, and per additional file the metadata that
/// the package's targets set (FactGenFactFile=true on fact files, FactGenSourceText=true on the archived source texts
/// of <paramref name="sourceTextPaths"/>); <paramref name="sourceOptions"/> stands for the <c>.editorconfig</c> options
/// of every C# file.
/// </summary>
public sealed class TestOptionsProvider(
    IReadOnlyDictionary<string, string> globalOptions,
    IReadOnlyCollection<string> factFilePaths,
    IReadOnlyDictionary<string, string>? sourceOptions = null,
    IReadOnlyCollection<string>? sourceTextPaths = null)
    : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _sourceOptions = sourceOptions is null ? DictionaryOptions.Empty : new DictionaryOptions(sourceOptions);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _sourceOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => factFilePaths.Contains(textFile.Path)
            ? new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactGenFactFile"] = "true" })
            : sourceTextPaths?.Contains(textFile.Path) == true
            ? new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactGenSourceText"] = "true" })
            : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
