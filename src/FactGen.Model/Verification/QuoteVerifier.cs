using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;

namespace FactGen.Model.Verification;

/// <summary>
/// Checks every quote against the archived text of its source: the one implementation behind the analyzer's FG05xx
/// rules, the generator's verified citations and <c>factgen check</c>. An archive is only ever one of the texts
/// supplied: nothing is read from disk here.
/// </summary>
public static class QuoteVerifier
{
    /// <summary>How many characters apart a quote and its closest passage may be for the fix to offer the archive's wording.</summary>
    public const int MostCharactersFixed = 3;

    /// <summary>Checks every quote of <paramref name="set"/> against <paramref name="archives"/>, the source texts supplied.</summary>
    public static QuoteVerification Verify(FactSet set, IReadOnlyList<Archive> archives, CancellationToken cancellationToken = default)
        => new(set.CitedSources
            .Select(source => Verify(source, source.Archive is null ? null : Find(source.Archive, archives), cancellationToken))
            .ToEquatableArray());

    /// <summary>
    /// Every source of <paramref name="sources"/> (in id order), with the quotes of <paramref name="files"/> that cite it
    /// in path and text order; both located, so that what the verifier reports points at its place in the YAML.
    /// </summary>
    public static EquatableArray<CitedSource> CitedSources(IEnumerable<EmitFile> files, IEnumerable<SourceSpec> sources)
    {
        var quotes = new Dictionary<string, List<CitedQuote>>(StringComparer.Ordinal);
        void Add(string path, string owner, CitationSpec citation)
        {
            if (!quotes.TryGetValue(citation.SourceId, out var list))
            {
                quotes.Add(citation.SourceId, list = new List<CitedQuote>());
            }

            list.Add(new CitedQuote(path, owner, citation.Quote, citation.QuoteRange, citation.Locator, citation.LocatorRange));
        }

        foreach (var file in files)
        {
            foreach (var fact in file.Facts)
            {
                Add(file.Path, fact.Fact.Id, fact.Fact.Citation);
            }

            foreach (var dataset in file.Datasets)
            {
                for (var row = 0; row < dataset.Rows.Count; row++)
                {
                    Add(file.Path, RowOwner(dataset.Id, row), dataset.Rows[row].Citation);
                }
            }
        }

        return sources
            .Select(source => new CitedSource(source.Id, source.Archive, quotes.TryGetValue(source.Id, out var list) ? list.ToEquatableArray() : default))
            .ToEquatableArray();
    }

    /// <summary>The owner of a dataset row's citation: <c>moves[2]</c>.</summary>
    public static string RowOwner(string datasetId, int row) => $"{datasetId}[{row}]";

    /// <summary>
    /// The supplied archives that <paramref name="archive"/> names: the one at its path from the folder of the fact
    /// file that declares it; else, for a path that does not climb with <c>..</c>, those whose path ends with it (a
    /// file name matches every supplied file of that name).
    /// </summary>
    public static ArchiveLookup Find(ArchiveSpec archive, IReadOnlyList<Archive> archives)
    {
        var name = archive.Name.Replace('\\', '/');
        var rooted = name.StartsWith("/", StringComparison.Ordinal) || (name.Length > 1 && name[1] == ':');
        var declaredIn = archive.DeclaredIn.Replace('\\', '/');
        var resolved = NormalizePath(rooted ? name : declaredIn.Substring(0, declaredIn.LastIndexOf('/') + 1) + name);
        var matches = archives.Where(candidate => NormalizePath(candidate.Path) == resolved).ToList();
        if (matches.Count == 0 && !rooted && !name.Split('/').Contains(".."))
        {
            var tail = NormalizePath(name);
            matches = archives.Where(candidate => NormalizePath(candidate.Path) is var path && (path == tail || path.EndsWith("/" + tail, StringComparison.Ordinal))).ToList();
        }

        return new ArchiveLookup(matches.GroupBy(candidate => candidate.Path, StringComparer.Ordinal).Select(group => group.First()).OrderBy(candidate => candidate.Path, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>Checks the quotes of <paramref name="source"/> against what its archive's <paramref name="lookup"/> found.</summary>
    public static SourceVerification Verify(CitedSource source, ArchiveLookup? lookup, CancellationToken cancellationToken = default)
    {
        if (source.Archive is not { } spec)
        {
            return Uniform(source, null, CitationCheck.NoArchive);
        }

        var diagnostics = new List<FactDiagnostic>();
        var named = Names.FileNameOf(spec.Name);
        if (lookup?.Archive is not { } archive)
        {
            var matches = lookup?.Matches ?? default;
            if (matches.Count > 1)
            {
                diagnostics.Add(FactDiagnostic.Create(
                    FactRules.ArchiveUnusable, spec.DeclaredIn, spec.Range, spec.Name, source.SourceId,
                    $"{matches.Count} supplied files match it ({string.Join(", ", matches.Select(match => FromFolderOf(spec.DeclaredIn, match.Path)))})",
                    "Write more of its path, or its path from the fact file's folder"));
                return Uniform(source, diagnostics, new CitationCheck(false, null, $"not verified: {named} names {matches.Count} files"));
            }

            diagnostics.Add(FactDiagnostic.Create(FactRules.ArchiveNotSupplied, spec.DeclaredIn, spec.Range, spec.Name, source.SourceId));
            return Uniform(source, diagnostics, new CitationCheck(false, null, $"not verified: {named} was not given to the build"));
        }

        if (archive.Problem is { } problem)
        {
            diagnostics.Add(FactDiagnostic.Create(FactRules.ArchiveUnusable, spec.DeclaredIn, spec.Range, spec.Name, source.SourceId, problem, archive.Remedy!));
            return Uniform(source, diagnostics, new CitationCheck(false, null, $"not verified: {archive.FileName} cannot be used"), new ArchiveStamp(source.SourceId, archive.FileName, null));
        }

        var verified = $"verified against {archive.FileName} (sha256 {archive.Sha256.Substring(0, 12)}…)";
        var results = new List<QuoteResult>(source.Quotes.Count);
        foreach (var quote in source.Quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var location = QuoteLocator.Locate(archive, quote.Quote, spec.Match, cancellationToken);
            if (location.Found.Count == 0)
            {
                diagnostics.Add(NotFound(archive, spec.Match, quote, location));
                results.Add(new QuoteResult(quote.Path, quote.Owner, new CitationCheck(false, null, $"not verified: not found in {archive.FileName}")));
                continue;
            }

            var place = archive.PlaceOf(location.Found[0]);
            if (quote.Locator is { } locator
                && location.Found.Select(offset => Locators.Agrees(locator, archive.FileName, archive.ParagraphOf(offset), archive.LineOf(offset))).ToList() is var agreements
                && agreements[0] is not null
                && !agreements.Contains(true))
            {
                diagnostics.Add(FactDiagnostic.Create(FactRules.LocatorDisagrees, quote.Path, quote.LocatorRange, locator, place, archive.FileName));
            }

            results.Add(new QuoteResult(quote.Path, quote.Owner, new CitationCheck(true, place, verified)));
        }

        return new SourceVerification(source.SourceId, new ArchiveStamp(source.SourceId, archive.FileName, archive.Sha256), results.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static FactDiagnostic NotFound(Archive archive, QuoteMatch match, CitedQuote quote, QuoteLocation location)
    {
        if (location.Closest is not { } closest)
        {
            var why = location.PartsOutOfOrder ? "each part of the elided quote is in it, but not in this order within one paragraph"
                : location.Piece.Length == 0 ? "the quote is empty"
                : "no passage of it comes close";
            return FactDiagnostic.Create(FactRules.QuoteNotInArchive, quote.Path, quote.QuoteRange, archive.FileName, why, string.Empty);
        }

        var onlyNormalization = match == QuoteMatch.Exact && QuoteFolding.Fold(closest.Wording) == QuoteFolding.Fold(location.Piece);
        var hint = onlyNormalization ? ", or declare 'match: normalized' on the source, under which white space, quotes and dashes may differ" : string.Empty;
        var fixable = closest.IsComplete
            && location.Piece.Length == QuoteText(quote, match).Length
            && (onlyNormalization || closest.Differences <= MostCharactersFixed);
        return FactDiagnostic.Create(
            FactRules.QuoteNotInArchive,
            quote.Path,
            quote.QuoteRange,
            archive.FileName,
            $"the closest passage, at {closest.Place}, reads '{closest.Passage}'; {closest.Difference}",
            hint) with
        {
            Replacement = fixable ? closest.Wording : null,
        };
    }

    private static string QuoteText(CitedQuote quote, QuoteMatch match) => match == QuoteMatch.Exact ? quote.Quote.Trim() : QuoteFolding.Fold(quote.Quote);

    private static SourceVerification Uniform(CitedSource source, List<FactDiagnostic>? diagnostics, CitationCheck check, ArchiveStamp? stamp = null)
        => new(
            source.SourceId,
            stamp ?? (source.Archive is { } spec ? new ArchiveStamp(source.SourceId, Names.FileNameOf(spec.Name), null) : null),
            source.Quotes.Select(quote => new QuoteResult(quote.Path, quote.Owner, check)).ToEquatableArray(),
            (diagnostics ?? new List<FactDiagnostic>()).ToEquatableArray());

    /// <summary><paramref name="path"/> as written from the folder of <paramref name="factFile"/> where it lies under it, else as it is.</summary>
    private static string FromFolderOf(string factFile, string path)
    {
        var declaredIn = NormalizePath(factFile);
        var folder = declaredIn.Substring(0, declaredIn.LastIndexOf('/') + 1);
        var normalized = NormalizePath(path);
        return folder.Length > 0 && normalized.StartsWith(folder, StringComparison.Ordinal) ? normalized.Substring(folder.Length) : path;
    }

    /// <summary>A path with <c>/</c> separators and its <c>.</c> and <c>..</c> segments resolved where they can be.</summary>
    private static string NormalizePath(string path)
    {
        var segments = new List<string>();
        var parts = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "." || (part.Length == 0 && i > 0))
            {
                continue;
            }

            if (part == ".." && segments.Count > 0 && segments[segments.Count - 1] is not (".." or ""))
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(part);
        }

        return string.Join("/", segments);
    }
}

/// <summary>The check of every source of a fact set: the diagnostics, and what generated code says of each citation.</summary>
public sealed record QuoteVerification(EquatableArray<SourceVerification> Sources)
{
    /// <summary>Every diagnostic, by file and place.</summary>
    public IEnumerable<FactDiagnostic> Diagnostics => Sources
        .SelectMany(source => source.Diagnostics)
        .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
        .ThenBy(diagnostic => diagnostic.Range.Start);

    /// <summary>The archive of each source that names one, in source id order.</summary>
    public EquatableArray<ArchiveStamp> Stamps => Sources.Where(source => source.Stamp is not null).Select(source => source.Stamp!).ToEquatableArray();

    /// <summary><paramref name="file"/> with the check of each of its citations.</summary>
    public EmitFile Apply(EmitFile file)
    {
        var checks = new Dictionary<string, CitationCheck>(StringComparer.Ordinal);
        foreach (var source in Sources)
        {
            foreach (var quote in source.Quotes)
            {
                if (quote.Path == file.Path)
                {
                    checks[quote.Owner] = quote.Check;
                }
            }
        }

        CitationCheck CheckOf(string owner) => checks.TryGetValue(owner, out var check) ? check : CitationCheck.NoArchive;
        return file with
        {
            Facts = file.Facts.Select(fact => fact with { Check = CheckOf(fact.Fact.Id) }).ToEquatableArray(),
            RowChecks = file.Datasets.SelectMany(dataset => dataset.Rows.Select((_, row) => CheckOf(QuoteVerifier.RowOwner(dataset.Id, row)))).ToEquatableArray(),
        };
    }
}
