using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using FactGen.Model.Parsing;
using FactGen.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactGen.Model.Yaml;

/// <summary>The outcome of reading a fact file's YAML: the root node (when there is one) and the syntax errors met.</summary>
/// <param name="Root">The first document's root, or null for an empty file.</param>
/// <param name="SyntaxError">The syntax error that stopped the reader, if any; nodes completed before it are kept.</param>
/// <param name="ExtraDocument">Where a second document starts, if the file has more than one.</param>
/// <param name="ExceededLimit">The limit that stopped the reader, if any; nodes completed before it are kept.</param>
public sealed record YamlReadResult(YamlNode? Root, YamlSyntaxError? SyntaxError, TextRange? ExtraDocument, YamlLimitExceeded? ExceededLimit = null);

/// <summary>A YAML syntax error and where the parser met it.</summary>
public sealed record YamlSyntaxError(string Message, TextRange Range);

/// <summary>A limit of <see cref="FactFileLimits"/> that the YAML crossed: the rule that reports it, where, and the limit.</summary>
public sealed record YamlLimitExceeded(FactRule Rule, TextRange Range, int Limit);

/// <summary>
/// Takes an item of a list that stands under a key of the root mapping, as soon as the item is complete, or declines
/// it (returns false). A taken item is left out of the tree: the entries of a large file then live only as long as it
/// takes to read each, rather than all of them surviving the whole read, which costs the garbage collector dearly.
/// </summary>
/// <param name="key">The key of the root mapping that the list stands under.</param>
/// <param name="item">The complete item.</param>
public delegate bool YamlItemTaker(YamlScalar key, YamlNode item);

/// <summary>
/// Reads YAML into a light tree of located nodes straight from YamlDotNet's parser events, which is cheaper than
/// YamlDotNet's representation model. A syntax error ends the read but keeps every node completed before it, so the
/// facts above a typo still reach the user.
/// </summary>
public static class YamlTreeReader
{
    /// <summary>
    /// Reads <paramref name="text"/> within <paramref name="limits"/> (<see cref="FactFileLimits.Default"/> when null);
    /// never throws for bad YAML. The token is checked at every YAML event.
    /// </summary>
    public static YamlReadResult Read(string text, FactFileLimits? limits = null, CancellationToken cancellationToken = default)
        => Read(text, new StringReader(text), limits ?? FactFileLimits.Default, cancellationToken);

    /// <summary>
    /// Reads <paramref name="text"/> as <see cref="Read(string, FactFileLimits?, CancellationToken)"/>, offering each
    /// complete item of a list under a root key to <paramref name="take"/> first.
    /// </summary>
    public static YamlReadResult Read(string text, FactFileLimits? limits, YamlItemTaker take, CancellationToken cancellationToken = default)
        => Read(text, new StringReader(text), limits ?? FactFileLimits.Default, cancellationToken, take);

    /// <summary>
    /// Reads <paramref name="text"/> through <paramref name="input"/>, a reader of that same text, as
    /// <see cref="Read(string, FactFileLimits?, CancellationToken)"/>; tests watch the reading through it.
    /// </summary>
    internal static YamlReadResult Read(string text, TextReader input, FactFileLimits limits, CancellationToken cancellationToken, YamlItemTaker? take = null)
    {
        // A byte order mark is not content, but YamlDotNet reads one in a string into the first key; it is skipped,
        // and still counted in offsets, which are offsets into the text with it.
        var byteOrderMark = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (byteOrderMark == 1)
        {
            input.Read();
        }

        var parser = new Parser(input);

        // YamlDotNet's own lines and columns differ from Roslyn's at the end of the text and at some line breaks; its
        // offsets do not, so lines and columns are taken from them.
        var lines = new LineMap(text, byteOrderMark);
        var open = new Stack<OpenNode>();
        OpenNode? openRoot = null;

        // An alias adds its target as a shared node, so the tree stays as small as the text; the count of nodes it
        // would repeat if expanded is what a billion-laughs file inflates, and what the limit bounds.
        var anchors = new Dictionary<string, (YamlNode Node, long Size)>();
        long aliasExpansion = 0;
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
                            extraDocument = lines.RangeOf(start.Start.Index, start.End.Index);
                        }

                        break;
                    case not (DocumentEnd or StreamEnd) when documents > 1:
                        // Later documents are not read, but still parsed, so that their syntax errors are reported.
                        break;
                    case Scalar scalar:
                        Add(new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, lines.RangeOf(scalar.Start.Index, scalar.End.Index)), scalar.Anchor, 1);
                        break;
                    case MappingStart mappingStart:
                        Open(new YamlMapping(lines.RangeOf(mappingStart.Start.Index, mappingStart.End.Index)), mappingStart.Anchor, mappingStart.Start);
                        break;
                    case SequenceStart sequenceStart:
                        Open(new YamlSequence(lines.RangeOf(sequenceStart.Start.Index, sequenceStart.End.Index)), sequenceStart.Anchor, sequenceStart.Start);
                        break;
                    case MappingEnd or SequenceEnd:
                        var closed = open.Pop();
                        Add(closed.Node, closed.Anchor, closed.Size);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            throw new YamlException(alias.Start, alias.End, $"The alias *{alias.Value.Value} names no anchor defined before it.");
                        }

                        aliasExpansion += target.Size;
                        if (aliasExpansion > limits.MaxAliasExpansion)
                        {
                            throw new LimitExceededException(new YamlLimitExceeded(FactRules.AliasExpansionTooLarge, lines.RangeOf(alias.Start.Index, alias.End.Index), limits.MaxAliasExpansion));
                        }

                        Add(target.Node, AnchorName.Empty, target.Size);
                        break;
                }
            }

            return new YamlReadResult(root, null, extraDocument);
        }
        catch (LimitExceededException exception)
        {
            CloseOpenNodes();
            return new YamlReadResult(root, null, extraDocument, exception.Limit);
        }
        catch (YamlException exception)
        {
            CloseOpenNodes();
            return new YamlReadResult(root, new YamlSyntaxError(CleanMessage(exception), lines.RangeOf(exception.Start.Index, exception.End.Index)), extraDocument);
        }
        catch (TakerFault fault)
        {
            // The taker's own fault is its caller's to handle, never a syntax error of the YAML.
            ExceptionDispatchInfo.Capture(fault.InnerException!).Throw();
            throw;
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner throws this for some malformed input (an unclosed flow collection before a key);
            // it is still a syntax error, placed where the last good token ended.
            CloseOpenNodes();
            return new YamlReadResult(root, new YamlSyntaxError(exception.Message, lines.RangeOf(lastEnd.Index, lastEnd.Index)), extraDocument);
        }

        void CloseOpenNodes()
        {
            // Close what was open so the completed children stay reachable; mark the cut-short nodes.
            while (open.Count > 0)
            {
                var cut = open.Pop();
                cut.Node.IsIncomplete = true;
                Add(cut.Node, AnchorName.Empty, cut.Size);
            }
        }

        void Open(YamlNode node, AnchorName anchor, Mark start)
        {
            if (open.Count >= limits.MaxDepth)
            {
                // A collection's start is an empty range; the character there ('[', '{', '-') is what the user can see.
                throw new LimitExceededException(new YamlLimitExceeded(FactRules.NestingTooDeep, lines.RangeOf(start.Index, start.Index + 1), limits.MaxDepth));
            }

            var opened = new OpenNode(node, anchor);
            if (open.Count == 0)
            {
                openRoot = opened;
            }

            open.Push(opened);
        }

        // size: the node and everything under it, aliases counted as what they repeat.
        void Add(YamlNode node, AnchorName anchor, long size)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = (node, size);
            }

            if (open.Count == 0)
            {
                root ??= node;
                return;
            }

            var parent = open.Peek();
            if (take is not null && open.Count == 2 && parent.Node is YamlSequence && !node.IsIncomplete
                && openRoot!.PendingKey is YamlScalar key && Take(key, node))
            {
                parent.Skip(size);
                return;
            }

            parent.Add(node, size);
        }

        bool Take(YamlScalar key, YamlNode item)
        {
            try
            {
                return take!(key, item);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new TakerFault(exception);
            }
        }
    }

    private static string CleanMessage(YamlException exception)
    {
        // YamlDotNet prefixes the message with both marks; the diagnostic carries the location itself.
        var message = exception.Message;
        var prefixEnd = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && prefixEnd > 0 ? message.Substring(prefixEnd + 3) : message;
    }

    /// <summary>Ends the read when a limit is crossed; caught in <see cref="Read(string, TextReader, FactFileLimits, CancellationToken, YamlItemTaker)"/> only.</summary>
    private sealed class LimitExceededException : Exception
    {
        public LimitExceededException(YamlLimitExceeded limit)
            : base(limit.Rule.Title) => Limit = limit;

        public YamlLimitExceeded Limit { get; }
    }

    /// <summary>Carries a fault of the taker past the handlers of the YAML's own errors.</summary>
    private sealed class TakerFault : Exception
    {
        public TakerFault(Exception fault)
            : base(fault.Message, fault)
        {
        }
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

        /// <summary>This node and its children so far, aliases counted in full.</summary>
        public long Size { get; private set; } = 1;

        /// <summary>The key read whose value has not come yet, when this is a mapping.</summary>
        public YamlNode? PendingKey => _pendingKey;

        /// <summary>Counts a child that was taken rather than kept.</summary>
        public void Skip(long size) => Size += size;

        public void Add(YamlNode child, long size)
        {
            Size += size;
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
