using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactGen.Model;

namespace FactGen.Generators.Emit;

/// <summary>
/// A fact (or a dataset's row) as one line of <c>FactGen.FactTable</c>: fields separated by <c>|</c>, a backslash
/// before a <c>|</c> or a backslash of a field's text, <c>\uXXXX</c> for a character that is not plainly printable
/// (line breaks included), and an empty field for none. The runtime's table documents the fields; the two must agree.
/// </summary>
internal static class FactRecord
{
    /// <summary>The record of <paramref name="fact"/>.</summary>
    public static string Of(FactSpec fact)
        => Join(
        [
            fact.Id,
            fact.Claim,
            fact.Value.Type.ToString(),
            ValueCode.Canonical(fact.Value),
            fact.Unit,
            fact.Precision.ToString(),
            fact.Period?.ToString(),
            fact.Citation.SourceId,
            fact.Citation.Quote,
            fact.Citation.AttributedTo,
            fact.Citation.Locator,
        ]);

    /// <summary>The record of a dataset's row: its cells in column order, then its citation as a fact's.</summary>
    public static string Of(RowSpec row)
    {
        var citation = row.Citation;
        return Join(row.Cells.Select(Cell).Concat([citation.SourceId, citation.Quote, citation.AttributedTo, citation.Locator]));
    }

    private static string Cell(CellValue cell) => cell.Kind switch
    {
        ValueKind.Text => cell.Text!,
        ValueKind.Boolean => cell.Boolean ? "true" : "false",
        ValueKind.Date => cell.Date!.Value.ToString(),
        _ => ValueCode.Canonical(cell.Figure!),
    };

    private static string Join(IEnumerable<string?> fields)
    {
        var record = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            CSharpText.AppendEscaped(first ? record : record.Append('|'), field ?? string.Empty, "|\\");
            first = false;
        }

        return record.ToString();
    }
}
