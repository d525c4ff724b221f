using System.Collections.Generic;
using FactGen.Model.Text;

namespace FactGen.Model.Parsing;

/// <summary>The file being parsed and the diagnostics found in it so far.</summary>
internal sealed class ParseContext
{
    private readonly List<FactDiagnostic> _diagnostics = new();

    public ParseContext(string path) => Path = path;

    public string Path { get; }

    public IReadOnlyList<FactDiagnostic> Diagnostics => _diagnostics;

    public void Report(FactRule rule, TextRange range, params string[] arguments)
        => _diagnostics.Add(FactDiagnostic.Create(rule, Path, range, arguments));

    public void Report(FactDiagnostic diagnostic) => _diagnostics.Add(diagnostic);
}
