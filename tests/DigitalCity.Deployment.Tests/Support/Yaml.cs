using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigitalCity.Deployment.Tests.Support;

/// <summary>Small, forgiving navigation over YamlDotNet's representation model.</summary>
internal static class Yaml
{
    /// <summary>Parses one document; anchors, aliases and <c>&lt;&lt;</c> merge keys are resolved as compose does.</summary>
    public static YamlMappingNode LoadMapping(string text)
    {
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(new StringReader(text))));
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    public static IReadOnlyList<YamlMappingNode> LoadAll(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    public static YamlNode? Get(this YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlNode? At(this YamlNode? node, params string[] path) =>
        path.Aggregate(node, (current, key) => current.Get(key));

    public static string? Text(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    public static string? TextAt(this YamlNode? node, params string[] path) => node.At(path).Text();

    public static IReadOnlyList<YamlNode> Items(this YamlNode? node) =>
        node is YamlSequenceNode sequence ? [.. sequence.Children] : [];

    public static IReadOnlyList<string> Keys(this YamlNode? node) =>
        node is YamlMappingNode mapping ? [.. mapping.Children.Keys.Select(k => k.Text() ?? "")] : [];
}
