using YamlDotNet.RepresentationModel;

namespace DigitalCity.Deployment.Tests.Support;

/// <summary>One end of a connection: a pod of the rendering, or anything outside its namespace.</summary>
internal sealed record Endpoint(string Name, Pod? Pod)
{
    /// <summary>Another namespace, a node, the internet: whatever is not a pod of this namespace.</summary>
    public static readonly Endpoint Outside = new("outside the namespace", null);

    public static implicit operator Endpoint(Pod pod) => new(pod.Name, pod);

    public override string ToString() => Name;
}

/// <summary>
/// The rendered NetworkPolicies, evaluated the way Kubernetes does for the cases the manifests use: a
/// pod selected by no policy of a direction is open in that direction; otherwise a connection is
/// allowed when a rule of a selecting policy matches both its peer and its port. A peer with a
/// namespaceSelector or an ipBlock is taken to match anything outside the namespace unless the
/// namespaceSelector names this namespace alone.
/// </summary>
internal sealed class NetworkPolicies(Manifests manifests)
{
    const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    readonly IReadOnlyList<YamlMappingNode> policies = [.. manifests.OfKind("NetworkPolicy")];

    readonly string? ownNamespace = manifests.OfKind("Namespace").Select(Manifests.NameOf).SingleOrDefault();

    /// <summary>Whether <paramref name="from"/> may open a connection to <paramref name="to"/> on a port (both ends' policies agree).</summary>
    public bool Allows(Endpoint from, Endpoint to, int port, string protocol = "TCP") =>
        (from.Pod is null || Allows(from.Pod, "Egress", "egress", "to", to, port, protocol))
        && (to.Pod is null || Allows(to.Pod, "Ingress", "ingress", "from", from, port, protocol));

    /// <summary>Whether the policies of <paramref name="from"/> let it open a connection (whatever the other end's policies say).</summary>
    public bool AllowsEgress(Pod from, Endpoint to, int port, string protocol = "TCP") =>
        Allows(from, "Egress", "egress", "to", to, port, protocol);

    /// <summary>The policies selecting a pod in one direction (<c>Ingress</c> or <c>Egress</c>).</summary>
    public IEnumerable<YamlMappingNode> Selecting(Pod pod, string direction) =>
        policies.Where(p => PolicyTypes(p).Contains(direction) && Manifests.Selects(p.At("spec", "podSelector"), pod.Labels));

    bool Allows(Pod subject, string direction, string rulesKey, string peersKey, Endpoint peer, int port, string protocol)
    {
        var selecting = Selecting(subject, direction).ToList();
        if (selecting.Count == 0)
        {
            return true;
        }

        // Ports of an ingress rule are the subject's own; those of an egress rule are the peer's.
        var portOwner = direction == "Ingress" ? subject : peer.Pod;
        return selecting
            .SelectMany(p => p.At("spec", rulesKey).Items())
            .Any(rule => PortMatches(rule.Get("ports"), portOwner, port, protocol) && PeersMatch(rule.Get(peersKey), peer));
    }

    static IReadOnlyList<string> PolicyTypes(YamlMappingNode policy)
    {
        var declared = policy.At("spec", "policyTypes").Items().Select(t => t.Text()!).ToList();
        if (declared.Count > 0)
        {
            return declared;
        }

        return policy.At("spec", "egress") is null ? ["Ingress"] : ["Ingress", "Egress"];
    }

    static bool PortMatches(YamlNode? ports, Pod? owner, int port, string protocol)
    {
        var items = ports.Items();
        return items.Count == 0 || items.Any(p =>
        {
            if ((p.TextAt("protocol") ?? "TCP") != protocol)
            {
                return false;
            }

            var reference = p.TextAt("port");
            if (reference is null)
            {
                return true;
            }

            var start = int.TryParse(reference, out var number) ? number : owner?.Port(reference);
            var end = int.TryParse(p.TextAt("endPort"), out var endPort) ? endPort : start;
            return start is not null && port >= start && port <= end;
        });
    }

    bool PeersMatch(YamlNode? peers, Endpoint peer)
    {
        var items = peers.Items();
        return items.Count == 0 || items.Any(p => PeerMatches(p, peer));
    }

    bool PeerMatches(YamlNode peer, Endpoint endpoint)
    {
        if (peer.Get("ipBlock") is not null)
        {
            return endpoint.Pod is null;
        }

        var namespaceSelector = peer.Get("namespaceSelector");
        var podSelector = peer.Get("podSelector");
        if (namespaceSelector is null)
        {
            // A podSelector alone means pods of this namespace.
            return endpoint.Pod is not null && Manifests.Selects(podSelector, endpoint.Pod.Labels);
        }

        var namedNamespace = namespaceSelector.TextAt("matchLabels", NamespaceNameLabel);
        var selectsOwn = namedNamespace is null || namedNamespace == ownNamespace;
        var selectsOthers = namedNamespace is null || namedNamespace != ownNamespace;
        return endpoint.Pod is null
            ? selectsOthers
            : selectsOwn && (podSelector is null || Manifests.Selects(podSelector, endpoint.Pod.Labels));
    }
}
