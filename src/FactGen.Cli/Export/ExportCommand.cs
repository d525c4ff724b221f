using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Model;

namespace FactGen.Cli.Export;

/// <summary><c>factgen export</c>: the valid facts and sources in formats other tools read.</summary>
internal static class ExportCommand
{
    private const string CslJson = "csl-json";
    private const string BibTex = "bibtex";
    private const string Csv = "csv";
    private const string Markdown = "markdown";

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var paths = FactTree.PathsArgument();
        var format = new Option<string>("--format", "-f")
        {
            Description = "csl-json (sources, for Zotero and pandoc), bibtex (sources), csv (one row per fact; a file per dataset) or markdown (a fact sheet with footnotes)",
            Required = true,
        };
        format.AcceptOnlyFromAmong(CslJson, BibTex, Csv, Markdown);
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write (default: standard output); for csv, the folder to write facts.csv and one file per dataset into",
        };

        var sources = FactTree.SourcesOption();
        var maxFileSize = FactTree.MaxFileSizeOption();
        var command = new Command("export", "Exports the facts and sources that the generator would emit. Facts with problems are left out, as in the build: run factgen check to see them.")
        {
            paths,
            format,
            output,
            sources,
            maxFileSize,
        };
        CommandExamples.Add(
            command,
            "factgen export --format csl-json --output sources.json",
            "pandoc report.md --citeproc --bibliography sources.json",
            "factgen export --format bibtex > sources.bib",
            "factgen export --format csv --output exported/",
            "factgen export facts/brain-drain.yaml --format markdown --output fact-sheet.md");
        CommandAction.Set(command, result =>
        {
            var tree = FactTree.Load(result.GetValue(paths) ?? [], result.GetValue(sources) ?? [], result.GetValue(maxFileSize));
            var target = result.GetValue(output);
            var stdout = result.InvocationConfiguration.Output;
            switch (result.GetValue(format))
            {
                case CslJson:
                    WriteOne(target, stdout, writer => CslJsonExporter.Write(tree.Set.Sources, tree.ArchiveStamps, writer));
                    break;
                case BibTex:
                    WriteOne(target, stdout, writer => BibTexExporter.Write(tree.Set.Sources, tree.ArchiveStamps, writer));
                    break;
                case Markdown:
                    WriteOne(target, stdout, writer => MarkdownExporter.Write(tree.Set, writer));
                    break;
                default:
                    CsvExporter.Write(tree.Set, target ?? throw new UsageException("CSV writes one file for the facts and one per dataset: give the folder with --output DIR."));
                    break;
            }

            // An unverified quote (FG0502, info) leaves nothing out, so it is not counted among the problems.
            var problemCount = tree.Diagnostics.Count(diagnostic => diagnostic.Rule.Severity != FactSeverity.Info);
            var error = result.InvocationConfiguration.Error;
            if (problemCount > 0)
            {
                var problems = problemCount == 1 ? "1 problem" : $"{problemCount} problems";
                error.WriteLine($"factgen export: {problems} in the fact files; what they concern is left out. Run factgen check to see them.");
            }

            var unread = tree.ArchiveStamps.Values.Where(stamp => stamp.Sha256 is null).Select(stamp => stamp.FileName).ToList();
            if (unread.Count > 0)
            {
                error.WriteLine($"factgen export: no usable source text for {string.Join(", ", unread)}, so {(unread.Count == 1 ? "its entry carries" : "their entries carry")} no SHA-256. Give the archives with --sources.");
            }

            return 0;
        });
        return command;
    }

    private static void WriteOne(string? path, TextWriter standardOutput, System.Action<TextWriter> write)
    {
        if (path is null)
        {
            write(standardOutput);
            return;
        }

        using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(file);
    }
}
