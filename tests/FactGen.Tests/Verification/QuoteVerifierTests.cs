using System.Linq;
using System.Text;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Model.Verification;
using FactGen.Tests.Model;
using Xunit;

namespace FactGen.Tests.Verification;

/// <summary>Quotes against archived texts: what matches, what is reported, and where.</summary>
public class QuoteVerifierTests
{
    private const string ArticleText =
        "Russia’s top talent fleeing\n" +
        "\n" +
        "The Washington Post called it “a tidal wave.” About\u00A01 million\u00A0Russians have left since 2022, including an estimated 100,000 IT specialists who comprise 10% of the technology sector.\n" +
        "\n" +
        "Many young Russians decided they have a better future outside of Russia.\n";

    private static Archive Article(string path = "facts/004_article.txt", string text = ArticleText) => Archive.Read(path, text, decodedAsUnicode: true, 1_000_000);

    /// <summary>A fact file declaring 'src' with <paramref name="sourceKeys"/> (line 2 on) and one fact quoting <paramref name="quote"/>.</summary>
    private static FactFile File(string quote, string sourceKeys = "archive: 004_article.txt", string? locator = null)
    {
        var text = TestYaml.Lines(
            "sources:",
            "  src:",
            "    " + sourceKeys.Replace("\n", "\n    "),
            "facts:",
            "  - id: it-specialists",
            "    claim: IT specialists who left",
            "    value: 100,000",
            "    source: src",
            "    quote: \"" + quote.Replace("\"", "\\\"").Replace("\n", "\\n") + "\"")
            + (locator is null ? string.Empty : "    locator: " + locator + "\n");
        var file = FactFileParser.Parse("facts/it.yaml", text);
        Assert.DoesNotContain(file.Diagnostics, diagnostic => !diagnostic.RuleId.StartsWith("FG03", System.StringComparison.Ordinal));
        return file;
    }

    private static QuoteVerification Verify(FactFile file, params Archive[] archives) => QuoteVerifier.Verify(FactSetValidator.Validate(new[] { file }), archives);

    private static CitationCheck CheckOf(QuoteVerification verification) => Assert.Single(Assert.Single(verification.Sources).Quotes).Check;

    [Fact]
    public void A_quote_written_as_the_archive_writes_it_is_verified_and_located()
    {
        var verification = Verify(File("an estimated 100,000 IT specialists"), Article());

        Assert.Empty(verification.Diagnostics);
        var check = CheckOf(verification);
        Assert.True(check.IsVerified);
        Assert.Equal("paragraph 2, line 3", check.FoundAt);
        Assert.Equal($"verified against 004_article.txt (sha256 {Article().Sha256.Substring(0, 12)}…)", check.Note);
        Assert.Equal(new ArchiveStamp("src", "004_article.txt", Article().Sha256), Assert.Single(verification.Stamps));
    }

    [Fact]
    public void No_break_spaces_must_be_kept_under_exact_matching()
    {
        var diagnostic = Assert.Single(Verify(File("About 1 million Russians have left since 2022"), Article()).Diagnostics);

        Assert.Equal("FG0501", diagnostic.RuleId);
        Assert.Contains("the closest passage, at paragraph 2, line 3, reads 'About\u00A01 million\u00A0Russians have left since 2022'", diagnostic.Message);
        Assert.Contains("the archive writes a no-break space (U+00A0) where the quote writes a space", diagnostic.Message);
        Assert.Contains("or declare 'match: normalized'", diagnostic.Message);
        Assert.Equal("About\u00A01 million\u00A0Russians have left since 2022", diagnostic.Replacement);
    }

    [Fact]
    public void Straight_quotes_for_curly_ones_pass_only_under_normalized_matching()
    {
        const string Quote = "Russia's top talent fleeing";

        var exact = Assert.Single(Verify(File(Quote), Article()).Diagnostics);
        var normalized = Verify(File(Quote, "archive: 004_article.txt\nmatch: normalized"), Article());

        Assert.Equal("FG0501", exact.RuleId);
        Assert.Contains("the archive writes ’ where the quote writes '", exact.Message);
        Assert.Empty(normalized.Diagnostics);
        Assert.True(CheckOf(normalized).IsVerified);
    }

    [Theory]
    [InlineData("The Washington Post called it \"a tidal wave.\" About 1 million Russians")]
    [InlineData("The Washington Post called it “a tidal wave.”   About\n1 million Russians")]
    public void Normalized_matching_folds_white_space_quotes_and_dashes(string quote)
    {
        Assert.Empty(Verify(File(quote, "archive: 004_article.txt\nmatch: normalized"), Article()).Diagnostics);
    }

    [Fact]
    public void Normalized_matching_folds_nothing_else()
    {
        var diagnostic = Assert.Single(Verify(File("russia’s top talent fleeing", "archive: 004_article.txt\nmatch: normalized"), Article()).Diagnostics);

        Assert.Equal("FG0501", diagnostic.RuleId);
        Assert.Contains("the archive writes R where the quote writes r", diagnostic.Message);
    }

    [Fact]
    public void Words_left_out_are_named_with_the_archive_around_them()
    {
        var diagnostic = Assert.Single(Verify(File("since 2022, including 100,000 IT specialists who comprise 10%"), Article()).Diagnostics);

        Assert.Contains("the archive reads 'an estimated 100,000 IT specialists'; the quote leaves out 'an estimated'", diagnostic.Message);
        Assert.Null(diagnostic.Replacement);
    }

    [Fact]
    public void A_changed_character_is_named_and_can_be_fixed()
    {
        var file = File("including an estimated 100,000 IT specialists who comprise 12% of the technology sector");

        var diagnostic = Assert.Single(Verify(file, Article()).Diagnostics);

        Assert.Equal("FG0501", diagnostic.RuleId);
        Assert.Equal(file.Facts[0].Citation.QuoteRange, diagnostic.Range);
        Assert.Contains("the archive writes 0 where the quote writes 2", diagnostic.Message);
        Assert.Equal("including an estimated 100,000 IT specialists who comprise 10% of the technology sector", diagnostic.Replacement);
        Assert.Equal("not verified: not found in 004_article.txt", CheckOf(Verify(file, Article())).Note);
    }

    [Fact]
    public void A_quote_the_archive_has_nothing_like_says_so()
    {
        var diagnostic = Assert.Single(Verify(File("Penguins migrate south every winter"), Article()).Diagnostics);

        Assert.Equal("The quote is not in 004_article.txt: no passage of it comes close. Write the words as the archive does.", diagnostic.Message);
    }

    [Fact]
    public void An_elided_quote_matches_when_its_parts_follow_each_other_in_one_paragraph()
    {
        Assert.Empty(Verify(File("… 100,000 IT specialists … 10% of the technology sector"), Article()).Diagnostics);
        Assert.Empty(Verify(File("About\u00A01 million ... 100,000 IT specialists"), Article()).Diagnostics);

        var acrossParagraphs = Assert.Single(Verify(File("100,000 IT specialists … a better future"), Article()).Diagnostics);
        var outOfOrder = Assert.Single(Verify(File("10% of the technology sector … 100,000 IT specialists"), Article()).Diagnostics);
        var missingPart = Assert.Single(Verify(File("100,000 IT specialists … 12% of the technology sector"), Article()).Diagnostics);

        Assert.Contains("each part of the elided quote is in it, but not in this order within one paragraph", acrossParagraphs.Message);
        Assert.Contains("each part of the elided quote is in it, but not in this order within one paragraph", outOfOrder.Message);
        Assert.Contains("the archive writes 0 where the quote writes 2", missingPart.Message);
    }

    [Fact]
    public void A_locator_that_names_another_place_is_reported_at_the_locator()
    {
        var file = File("an estimated 100,000 IT specialists", locator: "paragraph 3");

        var diagnostic = Assert.Single(Verify(file, Article()).Diagnostics);

        Assert.Equal("FG0503", diagnostic.RuleId);
        Assert.Equal(file.Facts[0].Citation.LocatorRange, diagnostic.Range);
        Assert.Equal("The locator says 'paragraph 3', but the quote stands at paragraph 2, line 3 of 004_article.txt. Write 'locator: paragraph 2, line 3', or leave the locator out and FactGen takes it from the archive.", diagnostic.Message);
    }

    [Theory]
    [InlineData("paragraph 2")]
    [InlineData("¶ 2, line 3")]
    [InlineData("lines 2-4")]
    [InlineData("004_article.txt")]
    [InlineData("page 12")]
    public void A_locator_that_agrees_or_names_nothing_checkable_passes(string locator)
    {
        Assert.Empty(Verify(File("an estimated 100,000 IT specialists", locator: locator), Article()).Diagnostics);
    }

    [Fact]
    public void A_locator_naming_another_file_disagrees()
    {
        Assert.Equal("FG0503", Assert.Single(Verify(File("an estimated 100,000 IT specialists", locator: "003_other.txt"), Article()).Diagnostics).RuleId);
    }

    [Theory]
    [InlineData("004_article.txt", "facts/004_article.txt")]
    [InlineData("archive/004_article.txt", "facts/archive/004_article.txt")]
    [InlineData("../archive/004_article.txt", "archive/004_article.txt")]
    [InlineData("./004_article.txt", "facts/004_article.txt")]
    public void An_archive_is_found_by_its_path_from_the_fact_file_or_by_its_unique_name(string written, string supplied)
    {
        Assert.True(CheckOf(Verify(File("an estimated 100,000 IT specialists", "archive: " + written), Article(supplied))).IsVerified);
    }

    [Fact]
    public void An_archive_outside_the_supplied_files_is_never_read()
    {
        var file = File("an estimated 100,000 IT specialists", "archive: ../../etc/passwd");

        var diagnostic = Assert.Single(Verify(file, Article()).Diagnostics);

        Assert.Equal("FG0502", diagnostic.RuleId);
        Assert.Equal(FactSeverity.Info, diagnostic.Rule.Severity);
        Assert.Equal(file.Sources[0].Archive!.Range, diagnostic.Range);
        Assert.StartsWith("No source text given to the build matches '../../etc/passwd', so the quotes of 'src' are not verified.", diagnostic.Message);
        Assert.Equal("not verified: passwd was not given to the build", CheckOf(Verify(file, Article())).Note);
    }

    [Fact]
    public void A_name_that_two_supplied_files_have_is_unusable()
    {
        var diagnostic = Assert.Single(Verify(File("an estimated 100,000 IT specialists"), Article("a/004_article.txt"), Article("b/004_article.txt")).Diagnostics);

        Assert.Equal("FG0504", diagnostic.RuleId);
        Assert.Contains("2 supplied files match it (a/004_article.txt, b/004_article.txt)", diagnostic.Message);
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData(" \n\n", "it is empty")]
    [InlineData("PK\u0003\u0004\0\0binary", "it holds binary data, not text")]
    public void An_archive_that_is_not_text_is_unusable_and_its_quotes_unverified(string text, string problem)
    {
        var verification = Verify(File("an estimated 100,000 IT specialists"), Article(text: text));

        var diagnostic = Assert.Single(verification.Diagnostics);
        Assert.Equal("FG0504", diagnostic.RuleId);
        Assert.Contains(problem, diagnostic.Message);
        Assert.False(CheckOf(verification).IsVerified);
    }

    [Fact]
    public void An_archive_that_is_not_utf8_or_too_large_is_unusable()
    {
        var latin1 = Archive.FromBytes("facts/004_article.txt", new byte[] { 0x52, 0xE9, 0x73, 0x75, 0x6D, 0xE9 }, 1_000);
        var large = Archive.Read("facts/004_article.txt", ArticleText, decodedAsUnicode: true, maxSize: 100);

        Assert.Equal("it is not UTF-8 text", latin1.Problem);
        Assert.StartsWith($"it has {ArticleText.Length} characters, more than the limit of 100", large.Problem);
    }

    [Fact]
    public void A_bom_and_crlf_line_endings_do_not_change_the_text_or_its_hash()
    {
        var withBom = Archive.FromBytes("facts/a.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ArticleText.Replace("\n", "\r\n"))).ToArray(), 1_000_000);

        Assert.Equal(Article().Text, withBom.Text);
        Assert.Equal(Article().Sha256, withBom.Sha256);
        Assert.Equal(Archive.HashOf(ArticleText), withBom.Sha256);
    }

    [Fact]
    public void A_source_without_an_archive_leaves_its_quotes_unverified_quietly()
    {
        var verification = Verify(File("anything at all", "publisher: Someone"));

        Assert.Empty(verification.Diagnostics);
        Assert.Equal(CitationCheck.NoArchive, CheckOf(verification));
    }

    [Fact]
    public void Dataset_rows_are_checked_the_same_way()
    {
        var text = TestYaml.Lines(
            "sources:",
            "  src:",
            "    archive: 004_article.txt",
            "datasets:",
            "  - id: moves",
            "    columns:",
            "      people: integer",
            "    rows:",
            "      - people: 100000",
            "        source: src",
            "        quote: \"an estimated 100,000 IT specialists\"",
            "      - people: 1000000",
            "        source: src",
            "        quote: \"About 1 million Russians\"");
        var file = FactFileParser.Parse("facts/emigration.yaml", text);
        Assert.Empty(file.Diagnostics);
        var set = FactSetValidator.Validate(new[] { file });

        var verification = QuoteVerifier.Verify(set, new[] { Article() });
        var applied = verification.Apply(set.Files[0]);

        var diagnostic = Assert.Single(verification.Diagnostics);
        Assert.Equal("FG0501", diagnostic.RuleId);
        Assert.Equal(13, diagnostic.Range.StartLine);
        Assert.Equal(new[] { true, false }, applied.RowChecks.Select(check => check.IsVerified));
    }
}
