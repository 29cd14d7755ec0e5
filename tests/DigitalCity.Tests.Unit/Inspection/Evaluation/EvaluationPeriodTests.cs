using DigitalCity.Inspection.Evaluation;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Tests.Unit.Inspection.Evaluation;

/// <summary>Periods (day, ISO week, month, custom) and how the query chooses one.</summary>
public class EvaluationPeriodTests
{
    static readonly DateOnly Today = new(2023, 1, 22);

    static EvaluationPeriod? Resolve(ValidationErrors errors, string? period = null, string? date = null, string? from = null, string? to = null) =>
        EvaluationQuery.Period(period, date, from, to, Today, EvaluationOptions.DefaultMaxRangeDays, errors);

    [Theory]
    [InlineData("2023-01-22", "2023-01-16", "2023-01-22")]
    [InlineData("2023-01-23", "2023-01-23", "2023-01-29")]
    [InlineData("2023-01-01", "2022-12-26", "2023-01-01")]
    public void A_week_runs_Monday_to_Sunday(string date, string monday, string sunday)
    {
        var week = EvaluationPeriod.Week(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(sunday, System.Globalization.CultureInfo.InvariantCulture)), (week.From, week.To));
        Assert.Equal(7, week.Days);
    }

    [Fact]
    public void A_month_is_the_calendar_month_of_the_date()
    {
        var february = EvaluationPeriod.Month(new DateOnly(2024, 2, 10));

        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), (february.From, february.To));
    }

    [Fact]
    public void Without_a_period_the_query_means_this_month_or_the_custom_range_given()
    {
        var errors = new ValidationErrors();

        Assert.Equal(new EvaluationPeriod(PeriodKind.Month, new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 31)), Resolve(errors));
        Assert.Equal(new EvaluationPeriod(PeriodKind.Custom, new DateOnly(2023, 1, 21), new DateOnly(2023, 1, 27)), Resolve(errors, from: "2023-01-21", to: "2023-01-27"));
        Assert.Equal(new EvaluationPeriod(PeriodKind.Day, Today, Today), Resolve(errors, "DAY"));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("fortnight", null, null, null, "period")]
    [InlineData("day", "2023-13-01", null, null, "date")]
    [InlineData("week", "22/01/2023", null, null, "date")]
    [InlineData("custom", null, "2023-01-27", "2023-01-21", "from")]
    [InlineData("custom", null, "2023-01-01", null, "to")]
    [InlineData("custom", null, "2022-01-01", "2023-01-02", "to")]
    [InlineData("month", null, "2023-01-01", "2023-01-02", "from")]
    [InlineData("custom", "2023-01-01", "2023-01-01", "2023-01-02", "date")]
    public void A_bad_period_is_refused_naming_the_field(string period, string? date, string? from, string? to, string field)
    {
        var errors = new ValidationErrors();

        Assert.Null(Resolve(errors, period, date, from, to));
        Assert.Contains(field, errors.ToDictionary().Keys);
    }

    [Fact]
    public void A_custom_period_may_be_as_long_as_the_configured_maximum()
    {
        var errors = new ValidationErrors();

        var year = Resolve(errors, "custom", from: "2024-01-01", to: "2024-12-31");

        Assert.Equal(366, year!.Days);
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData(null, null, "scope")]
    [InlineData("galaxy", "1", "scope")]
    [InlineData("district", null, "code")]
    [InlineData("city", "410800", "code")]
    public void A_bad_scope_is_refused_naming_the_field(string? scope, string? code, string field)
    {
        var errors = new ValidationErrors();

        EvaluationQuery.Scope(scope, code, errors);

        Assert.Contains(field, errors.ToDictionary().Keys);
    }

    [Fact]
    public void Scopes_are_read_case_insensitively_and_the_city_needs_no_code()
    {
        var errors = new ValidationErrors();

        Assert.Equal(new EvaluationScope(ScopeKind.District, "410811"), EvaluationQuery.Scope("District", "410811", errors));
        Assert.Equal(EvaluationScope.City, EvaluationQuery.Scope("city", null, errors));
        Assert.False(errors.Any);
    }
}
