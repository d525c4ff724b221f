using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;

namespace FactGen.Cli;

/// <summary>
/// The fact files under some paths, parsed and validated together as one compilation would see them, with the
/// Model's parser and validator: the same rules, the same messages, the same places.
/// </summary>
internal sealed class FactTree
{
    /// <summary>The folder checked and exported when no path is given.</summary>
    public const string DefaultPath = "facts";

    private FactTree(IReadOnlyList<FactFile> files, FactSet set)
    {
        Files = files;
        Set = set;
        Diagnostics = files.SelectMany(file => file.Diagnostics).Concat(set.Diagnostics)
            .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Range.Start)
            .ThenBy(diagnostic => diagnostic.RuleId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The files, parsed, in path order.</summary>
    public IReadOnlyList<FactFile> Files { get; }

    /// <summary>What the generator would emit: the valid facts, datasets and sources.</summary>
    public FactSet Set { get; }

    /// <summary>Every problem, of single files and across files, by path and place.</summary>
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
            Description = $"The most characters a fact file may have (FG0006 above it), as {FactFileLimits.MaxFileSizeProperty} sets it in a build. Default: {FactFileLimits.Default.MaxFileSize}",
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
    /// Reads every <c>*.yaml</c> and <c>*.yml</c> file named in <paramref name="paths"/> or under the folders named
    /// there (skipping hidden folders such as <c>.git</c>) with the file size limit <paramref name="maxFileSize"/>,
    /// reporting each file read to <paramref name="progress"/>.
    /// </summary>
    public static FactTree Load(IReadOnlyList<string> paths, int maxFileSize, IProgress<(int Done, int Total)>? progress = null)
    {
        var files = FindFiles(paths.Count == 0 ? new[] { DefaultPath } : paths);
        var limits = FactFileLimits.Default with { MaxFileSize = maxFileSize };
        var parsed = new List<FactFile>(files.Count);
        foreach (var file in files)
        {
            parsed.Add(FactFileParser.Parse(file, File.ReadAllText(file), limits));
            progress?.Report((parsed.Count, files.Count));
        }

        return new FactTree(parsed, FactSetValidator.Validate(parsed));
    }

    private static List<string> FindFiles(IEnumerable<string> paths)
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
                found.UnionWith(FactFilesUnder(path));
            }
            else
            {
                throw new UsageException($"'{path}' is neither a fact file nor a folder. Give the folder of the fact files, such as facts.");
            }
        }

        return found.ToList();
    }

    private static IEnumerable<string> FactFilesUnder(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            if (file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (!Path.GetFileName(child).StartsWith(".", StringComparison.Ordinal))
            {
                foreach (var file in FactFilesUnder(child))
                {
                    yield return file;
                }
            }
        }
    }
}
