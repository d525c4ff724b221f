using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using FactGen.Model;
using FactGen.Model.Verification;

namespace FactGen.Cli.Export;

/// <summary>
/// Sources as BibTeX <c>@misc</c> entries keyed by source id (ids hold only letters, digits, '-', '_' and '.', all
/// valid in keys). Field values are braced with TeX's special characters escaped; biblatex's <c>date</c>,
/// <c>url</c> and <c>urldate</c> carry what plain BibTeX has no field for, and <c>note</c> the archived copy
/// (see <see cref="ArchiveNote"/>). Unknown fields are left out.
/// </summary>
internal static class BibTexExporter
{
    private static readonly string[] s_months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    /// <summary>Writes <paramref name="sources"/>, with the archive of each source in <paramref name="archives"/>, to <paramref name="output"/>.</summary>
    public static void Write(IEnumerable<SourceSpec> sources, IReadOnlyDictionary<string, ArchiveStamp> archives, TextWriter output)
    {
        var first = true;
        foreach (var source in sources)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            output.WriteLine($"@misc{{{source.Id},");
            if (source.Author is { } author)
            {
                // "Family, Given" is the one form BibTeX never misreads; a name that would split only by guessing is
                // braced whole, so that BibTeX takes it as one family name and never as names joined by "and".
                output.WriteLine(PersonName.TrySplit(author) is { } name
                    ? $"  author = {{{Escape(name.Family)}, {Escape(name.Given)}}},"
                    : $"  author = {{{{{Escape(author)}}}}},");
            }

            var archive = archives.GetValueOrDefault(source.Id);
            WriteField(output, "title", ArchiveNote.Title(source, archive));
            WriteField(output, "howpublished", source.Publisher);
            if (source.Published is { } published)
            {
                output.WriteLine($"  year = {{{published.Year.ToString(CultureInfo.InvariantCulture)}}},");
                if (published.Month != 0)
                {
                    // A month macro, not a braced string: styles print it in their own language and form.
                    output.WriteLine($"  month = {s_months[published.Month - 1]},");
                }

                output.WriteLine($"  date = {{{published}}},");
            }

            if (source.Url is { } url)
            {
                // url is verbatim in biblatex: braces are its only special characters, and a URL may escape them.
                output.WriteLine($"  url = {{{url.Replace("{", "%7B").Replace("}", "%7D")}}},");
            }

            if (source.Retrieved is { } retrieved)
            {
                output.WriteLine($"  urldate = {{{retrieved}}},");
            }

            WriteField(output, "note", archive is null ? null : ArchiveNote.Of(archive));

            output.WriteLine("}");
        }
    }

    private static void WriteField(TextWriter output, string name, string? value)
    {
        if (value is not null)
        {
            output.WriteLine($"  {name} = {{{Escape(value)}}},");
        }
    }

    /// <summary>Escapes TeX's special characters so the text prints as written and the braces of the entry balance.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
