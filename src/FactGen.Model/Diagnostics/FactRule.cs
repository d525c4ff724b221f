namespace FactGen.Model;

/// <summary>How serious a broken rule is by default; <c>.editorconfig</c> can change it.</summary>
public enum FactSeverity
{
    /// <summary>Shown in the IDE only as a hint.</summary>
    Info,

    /// <summary>Shown in the build; each rule's page says what is still generated.</summary>
    Warning,

    /// <summary>Fails the build.</summary>
    Error,
}

/// <summary>
/// A rule that fact files must keep: a stable id, a message that says what to write instead, and a page in
/// <c>docs/rules/</c>. Plain data, so that the CLI prints exactly what the analyzer reports.
/// </summary>
/// <param name="Id">The stable id: <c>FG0xxx</c> in fact files, <c>FG1xxx</c> in C# code.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>-style arguments.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="Category">Syntax, Structure, Value, Reference, Quote, Dataset, Archive or Figures.</param>
public sealed record FactRule(string Id, string Title, string MessageFormat, FactSeverity Severity, string Category)
{
    /// <summary>Whether the rule is about C# code (FG1xxx) rather than a fact file.</summary>
    public bool IsCodeRule => Id.StartsWith("FG1", System.StringComparison.Ordinal);

    /// <summary>The rule's documentation page.</summary>
    public string HelpLink => $"https://github.com/factgen/factgen/blob/main/docs/rules/{Id}.md";

    /// <summary>The message with its arguments filled in.</summary>
    public string Format(params string[] arguments) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, arguments);
}
