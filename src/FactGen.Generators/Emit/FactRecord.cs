using System.Text;
using FactGen.Model;
using FactGen.Model.Validation;
using FactGen.Model.Verification;

namespace FactGen.Generators.Emit;

/// <summary>
/// A fact (or a dataset's row) as one line of <c>FactGen.FactTable</c>, in the <see cref="RecordFormat"/> that the
/// runtime reads: fields separated by <c>|</c>, a backslash before a <c>|</c> or a backslash of a field's text,
/// <c>\uXXXX</c> for a character that is not plainly printable (line breaks included), and an empty field for none.
/// The runtime's table documents the fields.
/// </summary>
internal static class FactRecord
{
    private const char Separator = RecordFormat.FieldSeparator;

    /// <summary>What a field's text escapes: the separator and the backslash that escapes.</summary>
    private static readonly string Escaped = new(new[] { RecordFormat.FieldSeparator, RecordFormat.Escape });

    /// <summary>Appends the record of <paramref name="emitFact"/>.</summary>
    public static StringBuilder AppendTo(StringBuilder record, EmitFact emitFact)
    {
        var fact = emitFact.Fact;
        Field(record, fact.Id);
        Field(record.Append(Separator), fact.Claim);
        Field(record.Append(Separator), fact.Value.Type.ToString());
        Field(record.Append(Separator), ValueCode.RecordValue(fact.Value));
        Field(record.Append(Separator), fact.Unit);
        Field(record.Append(Separator), fact.Precision.ToString());
        Field(record.Append(Separator), fact.Period?.ToString());
        return Citation(record.Append(Separator), fact.Citation, emitFact.Check ?? CitationCheck.NoArchive);
    }

    /// <summary>Appends the record of a dataset's row: its cells in column order, then its citation as a fact's.</summary>
    public static StringBuilder AppendTo(StringBuilder record, (RowSpec Row, CitationCheck Check) row)
    {
        foreach (var cell in row.Row.Cells)
        {
            Field(record, Cell(cell)).Append(Separator);
        }

        return Citation(record, row.Row.Citation, row.Check);
    }

    /// <summary>The locator a reader sees: the fact file's, else where the archive has the quote.</summary>
    public static string? Locator(CitationSpec citation, CitationCheck check) => citation.Locator ?? check.FoundAt;

    private static StringBuilder Citation(StringBuilder record, CitationSpec citation, CitationCheck check)
    {
        Field(record, citation.SourceId);
        Field(record.Append(Separator), citation.Quote);
        Field(record.Append(Separator), citation.AttributedTo);
        Field(record.Append(Separator), Locator(citation, check));
        return record.Append(Separator).Append(check.IsVerified ? RecordFormat.True : RecordFormat.False);
    }

    private static string Cell(CellValue cell) => cell.Kind switch
    {
        ValueKind.Text => cell.Text!,
        ValueKind.Boolean => cell.Boolean ? "true" : "false",
        ValueKind.Date => cell.Date!.Value.ToString(),
        _ => ValueCode.RecordValue(cell.Figure!),
    };

    private static StringBuilder Field(StringBuilder record, string? text) => CSharpText.AppendEscaped(record, text ?? string.Empty, Escaped);
}
