using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using FactGen.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactGen.Model.Yaml;

/// <summary>The outcome of reading a fact file's YAML: the root node (when there is one) and the syntax errors met.</summary>
/// <param name="Root">The first document's root, or null for an empty file.</param>
/// <param name="SyntaxError">The syntax error that stopped the reader, if any; nodes completed before it are kept.</param>
/// <param name="ExtraDocument">Where a second document starts, if the file has more than one.</param>
public sealed record YamlReadResult(YamlNode? Root, YamlSyntaxError? SyntaxError, TextRange? ExtraDocument);

/// <summary>A YAML syntax error and where the parser met it.</summary>
public sealed record YamlSyntaxError(string Message, TextRange Range);

/// <summary>
/// Reads YAML into a light tree of located nodes straight from YamlDotNet's parser events, which is cheaper than
/// YamlDotNet's representation model. A syntax error ends the read but keeps every node completed before it, so the
/// facts above a typo still reach the user.
/// </summary>
public static class YamlTreeReader
{
    /// <summary>Reads <paramref name="text"/>; never throws for bad YAML.</summary>
    public static YamlReadResult Read(string text, CancellationToken cancellationToken = default)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<OpenNode>();
        var anchors = new Dictionary<string, YamlNode>();
        YamlNode? root = null;
        TextRange? extraDocument = null;
        var documents = 0;
        var lastEnd = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                lastEnd = parser.Current!.End;
                switch (parser.Current)
                {
                    case DocumentStart start:
                        documents++;
                        if (documents == 2)
                        {
                            extraDocument = RangeOf(start.Start, start.End);
                        }

                        break;
                    case not (DocumentEnd or StreamEnd) when documents > 1:
                        // Later documents are not read, but still parsed, so that their syntax errors are reported.
                        break;
                    case Scalar scalar:
                        Add(new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, RangeOf(scalar.Start, scalar.End)), scalar.Anchor);
                        break;
                    case MappingStart mappingStart:
                        open.Push(new OpenNode(new YamlMapping(RangeOf(mappingStart.Start, mappingStart.End)), mappingStart.Anchor));
                        break;
                    case SequenceStart sequenceStart:
                        open.Push(new OpenNode(new YamlSequence(RangeOf(sequenceStart.Start, sequenceStart.End)), sequenceStart.Anchor));
                        break;
                    case MappingEnd or SequenceEnd:
                        var closed = open.Pop();
                        Add(closed.Node, closed.Anchor);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            throw new YamlException(alias.Start, alias.End, $"The alias *{alias.Value.Value} names no anchor defined before it.");
                        }

                        Add(target, AnchorName.Empty);
                        break;
                }
            }

            return new YamlReadResult(root, null, extraDocument);
        }
        catch (YamlException exception)
        {
            CloseOpenNodes();
            return new YamlReadResult(root, new YamlSyntaxError(CleanMessage(exception), RangeOf(exception.Start, exception.End)), extraDocument);
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner throws this for some malformed input (an unclosed flow collection before a key);
            // it is still a syntax error, placed where the last good token ended.
            CloseOpenNodes();
            return new YamlReadResult(root, new YamlSyntaxError(exception.Message, RangeOf(lastEnd, lastEnd)), extraDocument);
        }

        void CloseOpenNodes()
        {
            // Close what was open so the completed children stay reachable; mark the cut-short nodes.
            while (open.Count > 0)
            {
                var cut = open.Pop();
                cut.Node.IsIncomplete = true;
                Add(cut.Node, AnchorName.Empty);
            }
        }

        void Add(YamlNode node, AnchorName anchor)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }

            if (open.Count == 0)
            {
                root ??= node;
                return;
            }

            open.Peek().Add(node);
        }
    }

    private static TextRange RangeOf(Mark start, Mark end)
    {
        // YamlDotNet counts lines and columns from one; Roslyn from zero.
        var endIndex = end.Index < start.Index ? start.Index : end.Index;
        return new TextRange(
            (int)start.Index,
            (int)endIndex,
            (int)start.Line - 1,
            (int)start.Column - 1,
            (int)end.Line - 1,
            (int)end.Column - 1);
    }

    private static string CleanMessage(YamlException exception)
    {
        // YamlDotNet prefixes the message with both marks; the diagnostic carries the location itself.
        var message = exception.Message;
        var prefixEnd = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && prefixEnd > 0 ? message.Substring(prefixEnd + 3) : message;
    }

    private sealed class OpenNode
    {
        private YamlNode? _pendingKey;

        public OpenNode(YamlNode node, AnchorName anchor)
        {
            Node = node;
            Anchor = anchor;
        }

        public YamlNode Node { get; }

        public AnchorName Anchor { get; }

        public void Add(YamlNode child)
        {
            if (Node is YamlSequence sequence)
            {
                sequence.Items.Add(child);
            }
            else if (_pendingKey is null)
            {
                _pendingKey = child;
            }
            else
            {
                ((YamlMapping)Node).Entries.Add(new KeyValuePair<YamlNode, YamlNode>(_pendingKey, child));
                _pendingKey = null;
            }
        }
    }
}
