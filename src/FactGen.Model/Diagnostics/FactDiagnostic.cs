using FactGen.Model.Text;

namespace FactGen.Model;

/// <summary>A place in a fact file: the file's path and the range in it.</summary>
public sealed record FileRange(string Path, TextRange Range);

/// <summary>A broken rule at its place in a fact file. Plain, equatable data: no Roslyn <c>Location</c>.</summary>
/// <param name="RuleId">The id of the <see cref="FactRule"/>.</param>
/// <param name="Path">The fact file.</param>
/// <param name="Range">The offending key or value.</param>
/// <param name="Arguments">The message arguments.</param>
/// <param name="Related">Other places the message speaks of, such as the first of two duplicates.</param>
/// <param name="Replacement">The text a fix would put at <paramref name="Range"/>, or null (FG0501: the archive's wording).</param>
public sealed record FactDiagnostic(string RuleId, string Path, TextRange Range, EquatableArray<string> Arguments, EquatableArray<FileRange> Related, string? Replacement = null)
{
    /// <summary>The rule broken.</summary>
    public FactRule Rule => FactRules.Get(RuleId);

    /// <summary>The message with its arguments.</summary>
    public string Message => Rule.Format(System.Linq.Enumerable.ToArray(Arguments));

    /// <summary>Creates a diagnostic for <paramref name="rule"/>.</summary>
    public static FactDiagnostic Create(FactRule rule, string path, TextRange range, params string[] arguments)
        => new(rule.Id, path, range, new EquatableArray<string>(arguments), EquatableArray<FileRange>.Empty);

    /// <summary>The compiler's one-line form: <c>path(line,col): warning FG0104: message</c>.</summary>
    public override string ToString()
        => $"{Path}{Range.ToDisplayString()}: {Rule.Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}";
}
