using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Model.Verification;
using FactGen.Tests.Infrastructure;
using Xunit;

namespace FactGen.Cli.Tests;

/// <summary><c>factgen archive</c>: the article text of a saved page, or a text file, in the archived form, and its SHA-256.</summary>
public sealed class ArchiveTests : IDisposable
{
    /// <summary>A news page as browsers save it: the article among a site's chrome, scripts and a list of related stories.</summary>
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Brain drain | The Daily Example</title>
          <style>p { color: red; }</style>
          <script>window.track("page view");</script>
        </head>
        <body>
          <header class="site"><a href="/">The Daily Example</a> <span>Subscribe</span></header>
          <nav><ul><li><a href="/world">World</a></li><li><a href="/tech">Tech</a></li></ul></nav>
          <main>
            <article class="story">
              <header>
                <h1>Russia’s top talent   fleeing</h1>
                <p class="byline">By <a href="/authors/laff">Michael Laff</a><br>August 3, 2023</p>
              </header>
              <figure><img src="square.jpg" alt="Red Square"><figcaption>Above, people walk through Red Square in 2019.</figcaption></figure>
              <p>An estimated <strong>100,000&nbsp;IT specialists</strong> left,
                 said the ministry, “a figure on the low side”.</p>
              <script>ads.push("inline");</script>
              <div class="share"><button>Share</button></div>
              <aside><p>Read more: our newsletter.</p></aside>
              <p>It is <em>10%</em> of the technology sector.</p>
              <pre>  figure   table
          2022  100,000</pre>
              <footer><p>Tags: Russia, technology</p></footer>
            </article>
            <section class="related">
              <article><h2>Another story</h2><p>Short.</p></article>
            </section>
          </main>
          <footer class="site"><p>© The Daily Example</p></footer>
        </body>
        </html>
        """;

    private const string NewsPageText = "Russia’s top talent fleeing\n\nBy Michael Laff\nAugust 3, 2023\n\nAbove, people walk through Red Square in 2019.\n\n"
        + "An estimated 100,000\u00A0IT specialists left, said the ministry, “a figure on the low side”.\n\nIt is 10% of the technology sector.\n\n"
        + "  figure   table\n  2022  100,000\n";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_saved_page_becomes_its_articles_paragraphs_without_scripts_navigation_asides_or_markup()
    {
        var page = _directory.Write("brain-drain.html", NewsPage);
        var output = Path.Combine(_directory.Path, "archive");

        var run = CliRun.Of("archive", page, "--output", output);

        var archived = Path.Combine(output, "brain-drain.txt");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(NewsPageText, File.ReadAllText(archived));
        Assert.Equal($"{Sha256OfFile(archived)}  {archived}\n", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void The_file_is_utf8_without_a_byte_order_mark_with_lf_line_endings()
    {
        var page = _directory.Write("page.html", NewsPage.Replace("\n", "\r\n"));

        CliRun.Of("archive", page, "--output", _directory.Path);

        var bytes = File.ReadAllBytes(Path.Combine(_directory.Path, "page.txt"));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(NewsPageText, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Without_an_article_element_the_main_element_is_the_article_and_page_headers_go()
    {
        var page = _directory.Write("plain.html", """
            <html><body>
            <header><p>Site banner</p></header>
            <div role="navigation"><p>Home · About</p></div>
            <main><h1>Title</h1><p>First   paragraph.</p><div>Loose text <p>inner paragraph</p> more loose text</div></main>
            <div role="contentinfo"><p>Contact</p></div>
            </body></html>
            """);

        CliRun.Of("archive", page, "--output", _directory.Path);

        Assert.Equal("Title\n\nFirst paragraph.\n\nLoose text\n\ninner paragraph\n\nmore loose text\n", File.ReadAllText(Path.Combine(_directory.Path, "plain.txt")));
    }

    [Fact]
    public void A_page_is_decoded_by_its_meta_charset()
    {
        var page = Path.Combine(_directory.Path, "latin.htm");
        File.WriteAllBytes(page, Windows1252("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00E9 \u2019quoted\u2019</p></body></html>"));

        var run = CliRun.Of("archive", page, "--output", _directory.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Caf\u00E9 \u2019quoted\u2019\n", File.ReadAllText(Path.Combine(_directory.Path, "latin.txt")));
    }

    [Fact]
    public void A_text_file_keeps_its_text_and_loses_its_byte_order_mark_and_crlf_so_the_hash_is_the_same_on_every_checkout()
    {
        var windows = Path.Combine(_directory.Path, "windows.txt");
        File.WriteAllText(windows, "Line one\r\nLine two\u00A0and “more”\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var unix = _directory.Write("unix.md", "Line one\nLine two\u00A0and “more”\n");
        var output = Path.Combine(_directory.Path, "out");

        var fromWindows = CliRun.Of("archive", windows, "--output", output);
        var fromUnix = CliRun.Of("archive", unix, "--output", output);

        Assert.Equal("Line one\nLine two\u00A0and “more”\n", File.ReadAllText(Path.Combine(output, "windows.txt")));
        Assert.True(File.Exists(Path.Combine(output, "unix.md")), "A Markdown file keeps its extension.");
        var hash = fromWindows.Output[..64];
        Assert.Equal(hash, fromUnix.Output[..64]);
        Assert.Equal(Sha256OfFile(Path.Combine(output, "windows.txt")), hash);
        // The hash a build takes of the file as checked out, BOM and CRLF included, and writes into Source.ArchiveSha256.
        Assert.Equal(Archive.FromBytes(windows, File.ReadAllBytes(windows), 1000).Sha256, hash);
    }

    [Theory]
    [InlineData("binary.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "binary data")]
    [InlineData("latin.txt", new byte[] { 0x43, 0x61, 0x66, 0xE9 }, "it is not UTF-8 text")]
    [InlineData("empty.txt", new byte[] { 0x0A, 0x0A }, "it is empty")]
    [InlineData("page.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 }, "neither a web page")]
    [InlineData("empty.html", new byte[] { 0x3C, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0x3E, 0x78, 0x3C, 0x2F, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0x3E }, "has no text")]
    public void What_cannot_be_archived_is_a_usage_error_that_says_why_and_writes_nothing(string name, byte[] content, string reason)
    {
        var path = Path.Combine(_directory.Path, name);
        File.WriteAllBytes(path, content);
        var output = Path.Combine(_directory.Path, "out");

        var run = CliRun.Of("archive", path, "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_text_over_the_file_size_limit_is_not_archived()
    {
        var path = _directory.Write("long.txt", "twelve chars");

        var run = CliRun.Of("archive", path, "--output", _directory.Path, "--max-file-size", "11");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("it has 12 characters, more than the limit of 11", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_copied_from_the_archived_page_verifies_and_the_export_carries_the_hash_archive_printed()
    {
        var facts = Path.Combine(_directory.Path, "facts");
        var archived = CliRun.Of("archive", _directory.Write("brain-drain.html", NewsPage), "--output", Path.Combine(facts, "archive"));
        File.WriteAllText(Path.Combine(facts, "drain.yaml"), """
            sources:
              daily:
                publisher: The Daily Example
                archive: brain-drain.txt
            facts:
              - id: it-specialists-left
                claim: IT specialists who left
                value: "100,000"
                precision: estimated
                source: daily
                quote: "An estimated 100,000\u00A0IT specialists left, said the ministry, “a figure on the low side”."
            """);

        var check = CliRun.Of("check", facts);
        var export = CliRun.Of("export", facts, "--format", "bibtex");

        Assert.Equal("1 fact file checked: no problems.\n", check.Output);
        Assert.Contains($"  note = {{Archived copy: brain-drain.txt, SHA-256 {archived.Output[..64]}}},\n", export.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var run = CliRun.Of("archive", Path.Combine(_directory.Path, "nowhere.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a file", run.Error, StringComparison.Ordinal);
    }

    private static string Sha256OfFile(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Windows-1252 by hand, for the few characters used here: .NET Core has only UTF and Latin-1 built in.</summary>
    private static byte[] Windows1252(string text)
    {
        var bytes = new byte[text.Length];
        for (var index = 0; index < text.Length; index++)
        {
            bytes[index] = text[index] == '\u2019' ? (byte)0x92 : checked((byte)text[index]);
        }

        return bytes;
    }
}
