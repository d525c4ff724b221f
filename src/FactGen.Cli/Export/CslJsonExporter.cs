using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using FactGen.Model;
using FactGen.Model.Verification;

namespace FactGen.Cli.Export;

/// <summary>
/// Sources as CSL-JSON, the citation format of Zotero and pandoc's citeproc: an array with one item per source,
/// keyed by the source id. Sources are texts from a publisher, written as <c>article-newspaper</c> with the publisher
/// as the container title; an archived copy is the item's <c>archive</c>, and its name and hash its <c>note</c>
/// (see <see cref="ArchiveNote"/>). A field the fact file does not give is left out, never guessed.
/// </summary>
internal static class CslJsonExporter
{
    /// <summary>Writes <paramref name="sources"/>, with the archive of each source in <paramref name="archives"/>, to <paramref name="output"/>.</summary>
    public static void Write(IEnumerable<SourceSpec> sources, IReadOnlyDictionary<string, ArchiveStamp> archives, TextWriter output)
        => JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var source in sources)
            {
                var archive = archives.GetValueOrDefault(source.Id);
                json.WriteStartObject();
                json.WriteString("id", source.Id);
                json.WriteString("type", "article-newspaper");
                WriteIfKnown(json, "title", ArchiveNote.Title(source, archive));
                if (source.Author is { } author)
                {
                    json.WriteStartArray("author");
                    json.WriteStartObject();
                    if (PersonName.TrySplit(author) is { } name)
                    {
                        json.WriteString("family", name.Family);
                        json.WriteString("given", name.Given);
                    }
                    else
                    {
                        // A name that would only split by guessing (an organization, "van", two family names) stays whole.
                        json.WriteString("literal", author);
                    }

                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                WriteDate(json, "issued", source.Published);
                WriteIfKnown(json, "publisher", source.Publisher);
                WriteIfKnown(json, "container-title", source.Publisher);
                WriteIfKnown(json, "URL", source.Url);
                WriteDate(json, "accessed", source.Retrieved);
                if (archive is not null)
                {
                    json.WriteString("archive", archive.FileName);
                    json.WriteString("note", ArchiveNote.Of(archive));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    private static void WriteIfKnown(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>A date as CSL <c>date-parts</c>, as precise as it is known: [[2023]], [[2023, 8]] or [[2023, 8, 3]].</summary>
    private static void WriteDate(Utf8JsonWriter json, string name, DateValue? date)
    {
        if (date is not { } known)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(known.Year);
        if (known.Month != 0)
        {
            json.WriteNumberValue(known.Month);
            if (known.Day != 0)
            {
                json.WriteNumberValue(known.Day);
            }
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
