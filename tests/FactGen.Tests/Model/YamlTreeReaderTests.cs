using System;
using System.Linq;
using FactGen.Model.Text;
using FactGen.Model.Yaml;
using Xunit;

namespace FactGen.Tests.Model;

public class YamlTreeReaderTests
{
    [Fact]
    public void Reads_mappings_sequences_and_scalars_with_their_places()
    {
        const string Text = "title: Brain drain\nitems:\n  - one\n  - 'two'\n";

        var result = YamlTreeReader.Read(Text);

        Assert.Null(result.SyntaxError);
        Assert.Null(result.ExtraDocument);
        var root = Assert.IsType<YamlMapping>(result.Root);
        Assert.False(root.IsIncomplete);
        Assert.Equal("a mapping", root.KindName);
        Assert.Equal(2, root.Entries.Count);

        var titleKey = Assert.IsType<YamlScalar>(root.Entries[0].Key);
        Assert.Equal("title", titleKey.Value);
        Assert.Equal(new TextRange(0, 5, 0, 0, 0, 5), titleKey.Range);
        var title = Assert.IsType<YamlScalar>(root.Entries[0].Value);
        Assert.Equal("Brain drain", title.Value);
        Assert.True(title.IsPlain);
        Assert.Equal(new TextRange(7, 18, 0, 7, 0, 18), title.Range);

        var items = Assert.IsType<YamlSequence>(root.Entries[1].Value);
        Assert.Equal("a list", items.KindName);
        TestYaml.StartsAt(items.Range, 2, 2);
        Assert.Equal(new[] { "one", "two" }, items.Items.Cast<YamlScalar>().Select(item => item.Value));
        var two = (YamlScalar)items.Items[1];
        Assert.False(two.IsPlain);
        Assert.Equal(TestYaml.Range(Text, 3, 4, 5), two.Range);
    }

    [Fact]
    public void A_taker_gets_each_complete_item_of_a_list_under_a_root_key_and_what_it_takes_leaves_the_tree()
    {
        const string Text = "facts:\n  - a\n  - b\nother:\n  - c\nfacts2:\n  - [d, e]\n  - { x: [unclosed\n";
        var offered = new System.Collections.Generic.List<string>();

        var result = YamlTreeReader.Read(Text, null, (key, item) =>
        {
            offered.Add(key.Value + ":" + (item is YamlScalar scalar ? scalar.Value : item.KindName));
            return key.Value != "other";
        });

        // The broken last item is never offered: it is cut short, and kept in the tree like any cut-short node.
        Assert.Equal(new[] { "facts:a", "facts:b", "other:c", "facts2:a list" }, offered);
        var root = Assert.IsType<YamlMapping>(result.Root);
        Assert.Empty(Assert.IsType<YamlSequence>(root.Entries[0].Value).Items);
        Assert.Equal("c", Assert.IsType<YamlScalar>(Assert.Single(Assert.IsType<YamlSequence>(root.Entries[1].Value).Items)).Value);
        Assert.True(Assert.Single(Assert.IsType<YamlSequence>(root.Entries[2].Value).Items).IsIncomplete);
        Assert.NotNull(result.SyntaxError);
    }

    [Fact]
    public void A_fault_of_the_taker_reaches_the_caller_as_itself_not_as_a_syntax_error()
    {
        var fault = new InvalidOperationException("the taker's own bug");

        var thrown = Assert.Throws<InvalidOperationException>(() => YamlTreeReader.Read("facts:\n  - a\n", null, (_, _) => throw fault));

        Assert.Same(fault, thrown);
    }

    [Fact]
    public void Plain_null_words_and_nothing_are_null_but_quoted_ones_are_text()
    {
        var root = Assert.IsType<YamlMapping>(YamlTreeReader.Read("a: ~\nb: null\nc:\nd: ''\ne: \"null\"\nf: NULL\ng: nil\n").Root);
        var values = root.Entries.Select(entry => Assert.IsType<YamlScalar>(entry.Value)).ToArray();

        Assert.Equal(new[] { true, true, true, false, false, true, false }, values.Select(value => value.IsNull));
        Assert.Equal("nothing", values[0].KindName);
        Assert.Equal("a text", values[3].KindName);
        Assert.Equal(string.Empty, values[3].Value);
    }

    [Fact]
    public void An_alias_is_the_node_of_its_anchor()
    {
        var root = Assert.IsType<YamlMapping>(YamlTreeReader.Read("a: &x hello\nb: *x\n").Root);

        Assert.Same(root.Entries[0].Value, root.Entries[1].Value);
        Assert.Equal("hello", ((YamlScalar)root.Entries[1].Value).Value);
    }

    [Fact]
    public void An_alias_without_an_anchor_is_a_syntax_error_at_the_alias()
    {
        var result = YamlTreeReader.Read("a: *nope\n");

        var error = Assert.IsType<YamlSyntaxError>(result.SyntaxError);
        Assert.Equal("The alias *nope names no anchor defined before it.", error.Message);
        Assert.Equal(new TextRange(3, 8, 0, 3, 0, 8), error.Range);
        Assert.True(Assert.IsType<YamlMapping>(result.Root).IsIncomplete);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment\n# and another\n")]
    public void An_empty_text_has_no_root(string text)
    {
        var result = YamlTreeReader.Read(text);

        Assert.Equal(new YamlReadResult(null, null, null), result);
    }

    [Fact]
    public void A_syntax_error_keeps_what_was_completed_before_it()
    {
        const string Text = "a: 1\nb:\n  - one\n  - two\n  - x: y: z\n";

        var result = YamlTreeReader.Read(Text);

        var error = Assert.IsType<YamlSyntaxError>(result.SyntaxError);
        Assert.False(error.Message.StartsWith("(", StringComparison.Ordinal), "The message must not repeat YamlDotNet's marks: " + error.Message);
        TestYaml.StartsAt(error.Range, 4, 8);
        var root = Assert.IsType<YamlMapping>(result.Root);
        Assert.True(root.IsIncomplete);
        Assert.Equal("1", ((YamlScalar)root.Entries[0].Value).Value);
        var list = Assert.IsType<YamlSequence>(root.Entries[1].Value);
        Assert.True(list.IsIncomplete);
        Assert.Equal(new[] { "one", "two" }, list.Items.OfType<YamlScalar>().Select(item => item.Value));
        Assert.All(list.Items.OfType<YamlScalar>(), item => Assert.False(item.IsIncomplete));
    }

    [Fact]
    public void An_unclosed_flow_sequence_followed_by_a_key_is_a_syntax_error_not_an_exception()
    {
        var result = YamlTreeReader.Read("a: [x, y\nb: 1\n");

        Assert.NotNull(result.SyntaxError);
        Assert.IsType<YamlMapping>(result.Root);
    }

    [Fact]
    public void A_second_document_is_not_read_and_is_located()
    {
        const string Text = "a: 1\n---\nb: 2\n";

        var result = YamlTreeReader.Read(Text);

        Assert.Null(result.SyntaxError);
        Assert.Equal(new TextRange(5, 8, 1, 0, 1, 3), result.ExtraDocument);
        var root = Assert.IsType<YamlMapping>(result.Root);
        Assert.Equal("a", Assert.IsType<YamlScalar>(Assert.Single(root.Entries).Key).Value);
    }

    [Fact]
    public void One_explicit_document_is_not_an_extra_document()
    {
        var result = YamlTreeReader.Read("---\na: 1\n...\n");

        Assert.Null(result.ExtraDocument);
        Assert.Null(result.SyntaxError);
        Assert.Single(Assert.IsType<YamlMapping>(result.Root).Entries);
    }

    [Fact]
    public void CRLF_counts_as_one_line_break()
    {
        var root = Assert.IsType<YamlMapping>(YamlTreeReader.Read("a: 1\r\nb: 2\r\n").Root);

        Assert.Equal(new TextRange(6, 7, 1, 0, 1, 1), root.Entries[1].Key.Range);
        Assert.Equal(new TextRange(9, 10, 1, 3, 1, 4), root.Entries[1].Value.Range);
    }

    [Fact]
    public void Keys_that_are_not_scalars_are_kept()
    {
        var root = Assert.IsType<YamlMapping>(YamlTreeReader.Read("? [a, b]\n: c\n").Root);

        Assert.IsType<YamlSequence>(Assert.Single(root.Entries).Key);
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var cancellation = new System.Threading.CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => YamlTreeReader.Read("a: 1\n", cancellationToken: cancellation.Token));
    }
}
