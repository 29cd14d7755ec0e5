namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// 考核事实 — one unit of one indicator: "this dispatch was handled on time". <see cref="Indicator"/> and
/// <see cref="Subject"/> identify it, so recording it again (a redelivered event, or a second event
/// that establishes the same fact) changes nothing. It counts on <see cref="Day"/> (the city's local
/// date) for its place, department and person; a null dimension is not counted in that kind of scope.
/// </summary>
public sealed record EvaluationFact(
    string Indicator,
    string Subject,
    DateOnly Day,
    string? District,
    string? Street,
    string? Grid,
    string? Department,
    string? Person)
{
    /// <summary>The object of a kind this fact counts for, or null when it counts for none (e.g. an unassigned place).</summary>
    public string? CodeFor(ScopeKind kind) => kind switch
    {
        ScopeKind.City => EvaluationScope.CityCode,
        ScopeKind.District => District,
        ScopeKind.Street => Street,
        ScopeKind.Grid => Grid,
        ScopeKind.Department => Department,
        ScopeKind.Person => Person,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Every object this fact counts for: the city and each dimension it has.</summary>
    public IEnumerable<EvaluationScope> Scopes()
    {
        foreach (var kind in Enum.GetValues<ScopeKind>())
        {
            if (CodeFor(kind) is { } code)
            {
                yield return new EvaluationScope(kind, code);
            }
        }
    }
}
