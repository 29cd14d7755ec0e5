using DigitalCity.Inspection.Evaluation;
using Microsoft.Extensions.Configuration;

namespace DigitalCity.Tests.Unit.Inspection.Evaluation;

/// <summary>Weights and grades are configuration, checked at startup.</summary>
public class EvaluationOptionsTests
{
    static EvaluationOptions Load(params (string Key, string Value)[] settings) =>
        EvaluationOptions.Load(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"{EvaluationOptions.Section}:{s.Key}", s.Value)))
            .Build());

    [Fact]
    public void Without_the_section_the_domain_defaults_apply()
    {
        var options = Load();

        Assert.Equal(EvaluationOptions.DefaultDepartmentWeights, options.WeightsOf(ScopeKind.Department));
        Assert.Equal(EvaluationOptions.DefaultPersonWeights, options.WeightsOf(ScopeKind.Person));
        Assert.Equal(EvaluationOptions.DefaultPlaceWeights, options.WeightsOf(ScopeKind.Grid));
        Assert.All(options.Weights.Values, w => Assert.Equal(100, w.Values.Sum()));
        Assert.Equal((90, 75, 60, 40), (options.Grades.A, options.Grades.B, options.Grades.C, options.Grades.D));
        Assert.Equal(366, options.MaxRangeDays);
    }

    [Fact]
    public void A_configured_profile_replaces_its_default_as_a_whole()
    {
        var options = Load(("Weights:Department:ClosingRate", "60"), ("Weights:Department:onTimeHandlingRate", "40"), ("Grades:A", "95"));

        Assert.Equal(
            new Dictionary<ScoreComponent, double> { [ScoreComponent.ClosingRate] = 60, [ScoreComponent.OnTimeHandlingRate] = 40 },
            options.WeightsOf(ScopeKind.Department));
        Assert.Equal(EvaluationOptions.DefaultPlaceWeights, options.WeightsOf(ScopeKind.District));
        Assert.Equal(95, options.Grades.A);
    }

    [Theory]
    [InlineData("Weights:Person:ValidReportRate", "90", "Inspection:Evaluation:Weights:Person weights must sum to 100")]
    [InlineData("Weights:Place:ClosingRate", "-5", "Inspection:Evaluation:Weights:Place:ClosingRate")]
    [InlineData("Weights:Place:Happiness", "100", "Inspection:Evaluation:Weights:Place:Happiness is not a score component")]
    [InlineData("Grades:C", "80", "Inspection:Evaluation:Grades must descend")]
    [InlineData("Grades:A", "120", "Inspection:Evaluation:Grades must descend")]
    [InlineData("MaxRangeDays", "0", "Inspection:Evaluation:MaxRangeDays")]
    public void A_setting_that_does_not_add_up_stops_startup_naming_it(string key, string value, string message)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Load((key, value)));

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }
}
