using FactGen.Model;

namespace FactGen.Cli.Export;

/// <summary>A dataset cell as text: a figure as written, a text, an ISO date, <c>true</c> or <c>false</c>.</summary>
internal static class CellText
{
    /// <summary>The text of <paramref name="cell"/>.</summary>
    public static string Of(CellValue cell) => cell.Kind switch
    {
        ValueKind.Text => cell.Text ?? string.Empty,
        ValueKind.Date => cell.Date?.ToString() ?? string.Empty,
        ValueKind.Boolean => cell.Boolean ? "true" : "false",
        _ => cell.Figure?.Written ?? string.Empty,
    };
}
