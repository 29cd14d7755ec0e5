using Microsoft.Extensions.Configuration;

namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// Configuration section <c>Inspection:Evaluation</c>: the weights of each score profile, the grade
/// thresholds and the longest custom period. The weights are a city's policy, so they are data; a
/// profile given in configuration replaces its default as a whole (its components are not merged with
/// the defaults), and startup fails naming the setting when the weights or grades do not add up.
/// </summary>
public sealed class EvaluationOptions
{
    public const string Section = "Inspection:Evaluation";

    /// <summary>Domain §5: 30 % 结案率 + 30 % 按期处置率 + 30 % (100 − 返工率) + 10 % volume.</summary>
    public static IReadOnlyDictionary<ScoreComponent, double> DefaultDepartmentWeights { get; } = new Dictionary<ScoreComponent, double>
    {
        [ScoreComponent.ClosingRate] = 30,
        [ScoreComponent.OnTimeHandlingRate] = 30,
        [ScoreComponent.ReworkFreeRate] = 30,
        [ScoreComponent.Volume] = 10,
    };

    /// <summary>Grid officers: what they answer for — valid reports, on-time verifications and re-checks.</summary>
    public static IReadOnlyDictionary<ScoreComponent, double> DefaultPersonWeights { get; } = new Dictionary<ScoreComponent, double>
    {
        [ScoreComponent.ValidReportRate] = 40,
        [ScoreComponent.OnTimeVerificationRate] = 30,
        [ScoreComponent.OnTimeRecheckRate] = 30,
    };

    /// <summary>Districts, streets, grids: the outcome first (closing, on time), then handling, then intake quality.</summary>
    public static IReadOnlyDictionary<ScoreComponent, double> DefaultPlaceWeights { get; } = new Dictionary<ScoreComponent, double>
    {
        [ScoreComponent.ClosingRate] = 25,
        [ScoreComponent.OnTimeClosingRate] = 25,
        [ScoreComponent.OnTimeHandlingRate] = 20,
        [ScoreComponent.FilingRate] = 10,
        [ScoreComponent.AccurateFilingRate] = 10,
        [ScoreComponent.ValidReportRate] = 10,
    };

    public const int DefaultMaxRangeDays = 366;

    public required IReadOnlyDictionary<ScoreProfile, IReadOnlyDictionary<ScoreComponent, double>> Weights { get; init; }

    public required GradeScale Grades { get; init; }

    /// <summary>The longest custom period a query may ask for, in days.</summary>
    public int MaxRangeDays { get; init; } = DefaultMaxRangeDays;

    public static EvaluationOptions Default { get; } = new()
    {
        Weights = new Dictionary<ScoreProfile, IReadOnlyDictionary<ScoreComponent, double>>
        {
            [ScoreProfile.Department] = DefaultDepartmentWeights,
            [ScoreProfile.Person] = DefaultPersonWeights,
            [ScoreProfile.Place] = DefaultPlaceWeights,
        },
        Grades = new GradeScale(),
    };

    public IReadOnlyDictionary<ScoreComponent, double> WeightsOf(ScopeKind kind) => Weights[Scorecard.ProfileOf(kind)];

    /// <summary>Reads and checks the section; a setting that does not add up stops startup, named in the message.</summary>
    public static EvaluationOptions Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var weights = new Dictionary<ScoreProfile, IReadOnlyDictionary<ScoreComponent, double>>();
        foreach (var profile in Enum.GetValues<ScoreProfile>())
        {
            var profileSection = section.GetSection($"Weights:{profile}");
            weights[profile] = profileSection.Exists() ? ReadWeights(profileSection, $"{Section}:Weights:{profile}") : Default.Weights[profile];
        }

        var grades = new GradeScale();
        section.GetSection("Grades").Bind(grades);
        var maxRangeDays = section.GetValue("MaxRangeDays", DefaultMaxRangeDays);
        if (maxRangeDays is < 1 or > 3660)
        {
            throw new InvalidOperationException($"{Section}:MaxRangeDays must be between 1 and 3660 (it is {maxRangeDays}).");
        }

        if (!(grades.A <= 100 && grades.A > grades.B && grades.B > grades.C && grades.C > grades.D && grades.D >= 0))
        {
            throw new InvalidOperationException(
                $"{Section}:Grades must descend within 0–100 (A > B > C > D): A={grades.A}, B={grades.B}, C={grades.C}, D={grades.D}.");
        }

        return new EvaluationOptions { Weights = weights, Grades = grades, MaxRangeDays = maxRangeDays };
    }

    static Dictionary<ScoreComponent, double> ReadWeights(IConfigurationSection section, string key)
    {
        var weights = new Dictionary<ScoreComponent, double>();
        foreach (var child in section.GetChildren())
        {
            if (!child.Key.All(char.IsLetter) || !Enum.TryParse<ScoreComponent>(child.Key, ignoreCase: true, out var component))
            {
                throw new InvalidOperationException(
                    $"{key}:{child.Key} is not a score component; use one of {string.Join(", ", Enum.GetNames<ScoreComponent>())}.");
            }

            if (!double.TryParse(child.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight)
                || weight < 0 || double.IsNaN(weight) || double.IsInfinity(weight))
            {
                throw new InvalidOperationException($"{key}:{child.Key} = '{child.Value}' must be a non-negative number.");
            }

            weights[component] = weight;
        }

        var sum = weights.Values.Sum();
        if (Math.Abs(sum - 100) > 1e-9)
        {
            throw new InvalidOperationException($"{key} weights must sum to 100 (they sum to {sum}).");
        }

        return weights;
    }
}
