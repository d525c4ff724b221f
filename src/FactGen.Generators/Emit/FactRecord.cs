using System.Text;
using FactGen.Model;

namespace FactGen.Generators.Emit;

/// <summary>
/// A fact as one line of <c>FactGen.FactTable</c>: fields separated by <c>|</c>, a backslash before a <c>|</c> or a
/// backslash of a field's text, <c>\uXXXX</c> for a character that is not plainly printable (line breaks included),
/// and an empty field for none. The runtime's table documents the fields; the two must agree.
/// </summary>
internal static class FactRecord
{
    /// <summary>The record of <paramref name="fact"/>.</summary>
    public static string Of(FactSpec fact)
    {
        var record = new StringBuilder(fact.Claim.Length + fact.Citation.Quote.Length + 64);
        string?[] fields =
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
        ];
        for (var i = 0; i < fields.Length; i++)
        {
            CSharpText.AppendEscaped(i == 0 ? record : record.Append('|'), fields[i] ?? string.Empty, "|\\");
        }

        return record.ToString();
    }
}
