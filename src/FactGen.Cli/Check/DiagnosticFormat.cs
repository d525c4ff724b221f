namespace FactGen.Cli.Check;

/// <summary>How <c>factgen check</c> prints what it finds.</summary>
internal static class DiagnosticFormat
{
    /// <summary>The compiler's one-line form, <c>path(line,col): severity id: message</c>.</summary>
    public const string Text = "text";

    /// <summary>SARIF 2.1.0, for code scanning tools.</summary>
    public const string Sarif = "sarif";

    /// <summary>A plain JSON array of diagnostics, for scripts.</summary>
    public const string Json = "json";
}
