namespace DigitalCity.Inspection.Evaluation;

/// <summary>One evaluated object: a kind and its code (district code, grid code, department code, user id).</summary>
public sealed record EvaluationScope(ScopeKind Kind, string Code)
{
    /// <summary>The code of the one city-wide object.</summary>
    public const string CityCode = "";

    public static EvaluationScope City { get; } = new(ScopeKind.City, CityCode);

    /// <summary>The kind as it appears in URLs and storage: <c>district</c>, <c>person</c>, ….</summary>
    public static string NameOf(ScopeKind kind) => kind.ToString().ToLowerInvariant();
}
