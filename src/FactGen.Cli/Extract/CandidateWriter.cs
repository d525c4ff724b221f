using System.Collections.Generic;
using System.IO;
using FactGen.Model.Parsing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactGen.Cli.Extract;

/// <summary>
/// Candidates as a fact file, written by YamlDotNet's emitter so that any quote, however odd its characters, reads
/// back verbatim: the source, declared with the article as its <c>archive:</c> (so that a build given the article
/// verifies every quote and fills each locator with the quote's paragraph and line), and a <c>facts:</c> list. Claims
/// are left for a person to write; nothing is declared that the text does not say.
/// </summary>
internal static class CandidateWriter
{
    /// <summary>The claim of every candidate until a person writes it.</summary>
    public const string ClaimPlaceholder = "TODO: what the figure counts";

    /// <summary>Writes <paramref name="candidates"/> of the article <paramref name="articleName"/>, cited to <paramref name="sourceId"/>.</summary>
    public static void Write(IReadOnlyList<Candidate> candidates, string articleName, string sourceId, TextWriter output)
    {
        output.WriteLine($"# {candidates.Count} candidate facts that factgen extract found in {articleName}, for a person to curate:");
        output.WriteLine("# write each claim and unit, check value and precision, delete what is not worth keeping, and add what");
        output.WriteLine($"# the article says of its source (publisher, title, author, date, URL). Give the build {articleName} as");
        output.WriteLine("# a source text (keep it under facts/, or add a FactSourceText item) and each quote is verified against it.");
        var emitter = new Emitter(output);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart());
        Plain(emitter, "sources");
        emitter.Emit(new MappingStart());
        Plain(emitter, sourceId);
        emitter.Emit(new MappingStart());
        Plain(emitter, "archive");
        Plain(emitter, articleName);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new MappingEnd());
        Plain(emitter, "facts");
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        for (var index = 0; index < candidates.Count; index++)
        {
            var candidate = candidates[index];
            emitter.Emit(new MappingStart());
            Plain(emitter, "id");
            Plain(emitter, $"{sourceId}-figure-{index + 1}");
            Plain(emitter, "claim");
            Quoted(emitter, ClaimPlaceholder);
            Plain(emitter, "value");
            Quoted(emitter, candidate.Value);
            if (candidate.Precision != Model.Precision.Exact)
            {
                Plain(emitter, "precision");
                Plain(emitter, FactFileParser.PrecisionWords[(int)candidate.Precision]);
            }

            if (candidate.Type is { } type)
            {
                Plain(emitter, "type");
                Plain(emitter, type);
            }

            Plain(emitter, "source");
            Plain(emitter, sourceId);
            Plain(emitter, "quote");
            Quoted(emitter, candidate.Sentence);
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    /// <summary>A scalar the emitter may leave unquoted; it quotes it itself when YAML would read it otherwise.</summary>
    private static void Plain(IEmitter emitter, string value) => emitter.Emit(new Scalar(value));

    private static void Quoted(IEmitter emitter, string value)
        => emitter.Emit(new Scalar(null, null, value, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));
}
