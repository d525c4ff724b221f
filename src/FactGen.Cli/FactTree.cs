using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Model.Verification;

namespace FactGen.Cli;

/// <summary>
/// The fact files under some paths, parsed, validated and their quotes verified against the source texts given, as
/// one compilation would see them, with the Model's parser, validator and verifier: the same rules, the same
/// messages, the same places.
/// </summary>
internal sealed class FactTree
{
    /// <summary>The folder checked and exported when no path is given.</summary>
    public const string DefaultPath = "facts";

    private FactTree(IReadOnlyList<FactFile> files, FactSet set, QuoteVerification verification, IReadOnlyDictionary<string, string> pathsAsGiven)
    {
        Files = files;
        Set = set;
        ArchiveStamps = verification.Stamps.ToDictionary(stamp => stamp.SourceId, StringComparer.Ordinal);
        var verified = verification.Diagnostics.Select(diagnostic => diagnostic with { Path = pathsAsGiven.TryGetValue(diagnostic.Path, out var given) ? given : diagnostic.Path });
        Diagnostics = files.SelectMany(file => file.Diagnostics).Concat(set.Diagnostics).Concat(verified)
            .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Range.Start)
            .ThenBy(diagnostic => diagnostic.RuleId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The files, parsed, in path order.</summary>
    public IReadOnlyList<FactFile> Files { get; }

    /// <summary>What the generator would emit: the valid facts, datasets and sources.</summary>
    public FactSet Set { get; }

    /// <summary>The archive of each source that names one, by source id, with its hash where it was given.</summary>
    public IReadOnlyDictionary<string, ArchiveStamp> ArchiveStamps { get; }

    /// <summary>Every problem, of single files, across files and against the source texts, by path and place.</summary>
    public IReadOnlyList<FactDiagnostic> Diagnostics { get; }

    /// <summary>Whether any problem has error severity.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Rule.Severity == FactSeverity.Error);

    /// <summary>The <c>paths…</c> argument of the commands that read fact files.</summary>
    public static Argument<string[]> PathsArgument() => new("paths")
    {
        Description = $"Fact files, or folders searched for *.yaml and *.yml files. Default: {DefaultPath}",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>
    /// The <c>--max-file-size</c> option of the commands that read fact files: the limit a build takes from
    /// <c>FactGenMaxFileSize</c>, so that a project that raises it can be checked as it builds.
    /// </summary>
    public static Option<int> MaxFileSizeOption()
    {
        var option = new Option<int>("--max-file-size")
        {
            Description = $"The most characters a fact file or source text may have (FG0006, FG0504 above it), as {FactFileLimits.MaxFileSizeProperty} sets it in a build. Default: {FactFileLimits.Default.MaxFileSize}",
            DefaultValueFactory = _ => FactFileLimits.Default.MaxFileSize,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--max-file-size takes a positive number of characters, such as 8000000.");
            }
        });
        return option;
    }

    /// <summary>
    /// The <c>--sources</c> option of the commands that read fact files: source texts (archives) beyond those under
    /// the fact folders, as <c>FactSourceText</c> items add them to a build.
    /// </summary>
    public static Option<string[]> SourcesOption() => new("--sources")
    {
        Description = "More source texts that quotes are verified against: .txt and .md files, or folders searched for them, as FactSourceText items add them to a build. The .txt and .md files under the fact folders are always read, as a build takes facts/**/*.txt and facts/**/*.md",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>
    /// Reads every <c>*.yaml</c> and <c>*.yml</c> file named in <paramref name="paths"/> or under the folders named
    /// there (skipping hidden folders such as <c>.git</c>) with the file size limit <paramref name="maxFileSize"/>,
    /// reporting each file read to <paramref name="progress"/>, and verifies their quotes against the <c>*.txt</c>
    /// and <c>*.md</c> files under those folders and in or under <paramref name="sources"/>.
    /// </summary>
    public static FactTree Load(IReadOnlyList<string> paths, IReadOnlyList<string> sources, int maxFileSize, IProgress<(int Done, int Total)>? progress = null)
    {
        var roots = paths.Count == 0 ? new[] { DefaultPath } : paths;
        var files = FindFiles(roots, IsFactFile, "a fact file", "the folder of the fact files, such as facts");
        var limits = FactFileLimits.Default with { MaxFileSize = maxFileSize };
        var parsed = new List<FactFile>(files.Count);
        foreach (var file in files)
        {
            parsed.Add(FactFileParser.Parse(file, File.ReadAllText(file), limits));
            progress?.Report((parsed.Count, files.Count));
        }

        // Full paths, as a build gives AdditionalFiles: archive: resolves a path from the fact file's folder.
        var texts = FindFiles(roots.Where(Directory.Exists), IsSourceText, "a source text", "the folder of the source texts")
            .Union(FindFiles(sources, IsSourceText, "a source text", "a .txt or .md file, or a folder of them"))
            .Select(path => Path.GetFullPath(path))
            .Distinct(StringComparer.Ordinal)
            .Select(path => Archive.FromBytes(path, File.ReadAllBytes(path), maxFileSize))
            .ToList();
        var pathsAsGiven = files.ToDictionary(file => Path.GetFullPath(file), file => file, StringComparer.Ordinal);
        var set = FactSetValidator.Validate(parsed);
        var resolvable = set with
        {
            CitedSources = set.CitedSources
                .Select(source => source.Archive is { } archive ? source with { Archive = archive with { DeclaredIn = Path.GetFullPath(archive.DeclaredIn) } } : source)
                .ToEquatableArray(),
        };
        return new FactTree(parsed, set, QuoteVerifier.Verify(resolvable, texts), pathsAsGiven);
    }

    private static bool IsFactFile(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static bool IsSourceText(string path)
        => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The files named in <paramref name="paths"/>, and those under the folders named there that <paramref name="wanted"/> takes, in path order.</summary>
    private static List<string> FindFiles(IEnumerable<string> paths, Func<string, bool> wanted, string fileKind, string example)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                found.Add(path);
            }
            else if (Directory.Exists(path))
            {
                found.UnionWith(FilesUnder(path).Where(wanted));
            }
            else
            {
                throw new UsageException($"'{path}' is neither {fileKind} nor a folder. Give {example}.");
            }
        }

        return found.ToList();
    }

    private static IEnumerable<string> FilesUnder(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            yield return file;
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (!Path.GetFileName(child).StartsWith(".", StringComparison.Ordinal))
            {
                foreach (var file in FilesUnder(child))
                {
                    yield return file;
                }
            }
        }
    }
}
