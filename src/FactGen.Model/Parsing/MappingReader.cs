using System.Collections.Generic;
using System.Linq;
using FactGen.Model.Text;
using FactGen.Model.Yaml;

namespace FactGen.Model.Parsing;

/// <summary>
/// Reads the keys of one YAML mapping of a fact file: reports unknown, repeated and wrongly shaped keys, and remembers
/// whether anything required was missing or broken, so the caller can leave just this entry out.
/// </summary>
internal sealed class MappingReader
{
    private const int MostKeysScanned = 16;

    private readonly ParseContext _context;
    private readonly YamlMapping _mapping;
    private readonly string _what;

    // The first entry of each key, in the order written. Most mappings of a fact file have a handful of keys, found
    // by a scan for less than a dictionary per fact costs; a large one gets a dictionary of positions as well, so that
    // finding repeated keys stays linear.
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries;
    private readonly Dictionary<string, int>? _positions;

    public MappingReader(ParseContext context, YamlMapping mapping, string what, IReadOnlyCollection<string> knownKeys)
    {
        _context = context;
        _mapping = mapping;
        _what = what;
        _entries = new List<KeyValuePair<YamlScalar, YamlNode>>(mapping.Entries.Count);
        _positions = mapping.Entries.Count > MostKeysScanned ? new Dictionary<string, int>(mapping.Entries.Count, System.StringComparer.Ordinal) : null;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is not YamlScalar key)
            {
                context.Report(FactRules.WrongNodeKind, entry.Key.Range, "key", "a text", entry.Key.KindName, "a plain key such as 'claim:'");
                continue;
            }

            if (PositionOf(key.Value) >= 0)
            {
                context.Report(FactRules.DuplicateKey, key.Range, key.Value, what);
                continue;
            }

            _positions?.Add(key.Value, _entries.Count);
            _entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, entry.Value));
            if (knownKeys.Count > 0 && !knownKeys.Contains(key.Value))
            {
                var closest = EditDistance.Closest(key.Value, knownKeys);
                var hint = closest is null ? string.Empty : $" Did you mean '{closest}'?";
                context.Report(FactRules.UnknownKey, key.Range, key.Value, $"a {what}", hint, string.Join(", ", knownKeys));
            }
        }
    }

    /// <summary>True when a required key was missing or a key could not be read: the entry is left out.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>The keys written, in order, each with its first node.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries => _entries;

    /// <summary>Where to report something about the entry as a whole: its id when it has one, else its first key.</summary>
    public TextRange Anchor => Scalar("id")?.Range
        ?? (_mapping.Entries.Count > 0 ? _mapping.Entries[0].Key.Range : _mapping.Range);

    /// <summary>The node under <paramref name="key"/>, or null when the key is absent or holds a plain null.</summary>
    public YamlNode? Node(string key)
    {
        var position = PositionOf(key);
        return position >= 0 && _entries[position].Value is var node && !(node is YamlScalar { IsNull: true }) ? node : null;
    }

    /// <summary>The scalar under <paramref name="key"/>; reports a list or mapping there and marks the entry broken.</summary>
    public YamlScalar? Scalar(string key)
    {
        var node = Node(key);
        if (node is null or YamlScalar)
        {
            return (YamlScalar?)node;
        }

        _context.Report(FactRules.WrongNodeKind, node.Range, key, "a text", node.KindName, $"'{key}: ' followed by a single value");
        IsBroken = true;
        return null;
    }

    /// <summary>The text under <paramref name="key"/>, or null when it is absent or blank.</summary>
    public string? Text(string key)
    {
        var value = Scalar(key)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>The text under a required key; reports it missing (with an example of what to write) and marks the entry broken.</summary>
    public string? Required(string key, string example)
    {
        var text = Text(key);
        if (text is null && Node(key) is null or YamlScalar)
        {
            _context.Report(FactRules.MissingKey, Anchor, _what, key, example);
            IsBroken = true;
        }

        return text;
    }

    /// <summary>The mapping under <paramref name="key"/>; reports another kind of node there.</summary>
    public YamlMapping? Mapping(string key, string example) => NodeOf<YamlMapping>(key, "a mapping", example);

    /// <summary>The sequence under <paramref name="key"/>; reports another kind of node there.</summary>
    public YamlSequence? Sequence(string key, string example) => NodeOf<YamlSequence>(key, "a list", example);

    /// <summary>Marks the entry broken after the caller reported why.</summary>
    public void MarkBroken() => IsBroken = true;

    private int PositionOf(string key)
    {
        if (_positions is not null)
        {
            return _positions.TryGetValue(key, out var position) ? position : -1;
        }

        for (var i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key.Value, key, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private T? NodeOf<T>(string key, string kindName, string example)
        where T : YamlNode
    {
        var node = Node(key);
        if (node is null or T)
        {
            return (T?)node;
        }

        _context.Report(FactRules.WrongNodeKind, node.Range, key, kindName, node.KindName, example);
        IsBroken = true;
        return null;
    }
}
