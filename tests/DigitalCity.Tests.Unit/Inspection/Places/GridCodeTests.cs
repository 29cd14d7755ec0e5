using DigitalCity.Inspection.Places;

namespace DigitalCity.Tests.Unit.Inspection.Places;

public class GridCodeTests
{
    [Fact]
    public void A_14_digit_code_is_split_into_its_parts()
    {
        var code = GridCode.Parse("41081100200305", GridCodeProfile.Digits14);

        Assert.Equal("410811", code.AdministrativeCode);
        Assert.Equal("002", code.StreetPart);
        Assert.Equal("003", code.CommunityPart);
        Assert.Equal("05", code.SequencePart);
        Assert.Equal("410811002", code.StreetCode);
        Assert.Equal("410811002003", code.CommunityCode);
        Assert.Equal("41081100200305", code.Value);
    }

    [Fact]
    public void A_15_digit_code_has_a_three_digit_sequence()
    {
        var code = GridCode.Parse("410802001001123", GridCodeProfile.Digits15);

        Assert.Equal("123", code.SequencePart);
        Assert.Equal("410802001001", code.CommunityCode);
    }

    [Fact]
    public void A_15_digit_code_is_refused_by_the_14_digit_profile()
    {
        Assert.False(GridCode.TryParse("410802001001123", GridCodeProfile.Digits14, out _, out var error));

        Assert.Equal(GridCodePart.Whole, error.Part);
        Assert.Contains("has 15 digits", error.Message, StringComparison.Ordinal);
        Assert.Contains("6 administrative + 3 street + 3 community + 2 sequence = 14", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_14_digit_code_is_refused_by_the_15_digit_profile()
    {
        Assert.False(GridCode.TryParse("41080200100101", GridCodeProfile.Digits15, out _, out var error));

        Assert.Equal(GridCodePart.Whole, error.Part);
        Assert.Contains("has 14 digits", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4108O200100101", GridCodePart.Administrative, "position 5")]
    [InlineData("410802O0100101", GridCodePart.Street, "position 7")]
    [InlineData("41080200100-01", GridCodePart.Community, "position 12")]
    [InlineData("410802001001 1", GridCodePart.Sequence, "position 13")]
    public void A_non_digit_is_reported_with_its_position_and_part(string text, GridCodePart part, string position)
    {
        Assert.False(GridCode.TryParse(text, GridCodeProfile.Digits14, out _, out var error));

        Assert.Equal(part, error.Part);
        Assert.Contains(position, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("41080000100101", GridCodePart.Administrative)]
    [InlineData("41000100100101", GridCodePart.Administrative)]
    [InlineData("41080200000101", GridCodePart.Street)]
    [InlineData("41080200100001", GridCodePart.Community)]
    [InlineData("41080200100100", GridCodePart.Sequence)]
    public void A_part_that_names_no_place_is_refused_by_name(string text, GridCodePart part)
    {
        Assert.False(GridCode.TryParse(text, GridCodeProfile.Digits14, out _, out var error));

        Assert.Equal(part, error.Part);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_code_is_refused(string? text)
    {
        Assert.False(GridCode.TryParse(text, GridCodeProfile.Digits14, out _, out var error));
        Assert.Equal(GridCodePart.Whole, error.Part);
    }

    [Fact]
    public void Parse_throws_a_format_exception_with_the_message()
    {
        var e = Assert.Throws<FormatException>(() => GridCode.Parse("4108", GridCodeProfile.Digits14));

        Assert.Contains("has 4 digits", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_pads_the_sequence_to_the_profile_width()
    {
        Assert.Equal("41081100200107", GridCode.Compose("410811", "002", "001", 7, GridCodeProfile.Digits14).Value);
        Assert.Equal("410811002001007", GridCode.Compose("410811", "002", "001", 7, GridCodeProfile.Digits15).Value);
    }

    [Fact]
    public void Compose_refuses_a_sequence_beyond_the_profile()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GridCode.Compose("410811", "002", "001", 100, GridCodeProfile.Digits14));

        Assert.Equal("sequence", e.ParamName);
    }

    [Theory]
    [InlineData("41081", "002", "001", "administrativeCode")]
    [InlineData("410811", "02", "001", "streetPart")]
    [InlineData("410811", "002", "0a1", "communityPart")]
    [InlineData("410800", "002", "001", "administrativeCode")]
    [InlineData("410811", "000", "001", "streetPart")]
    public void Compose_names_the_malformed_part(string administrative, string street, string community, string parameter)
    {
        var e = Assert.Throws<ArgumentException>(() => GridCode.Compose(administrative, street, community, 1, GridCodeProfile.Digits14));

        Assert.Equal(parameter, e.ParamName);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(16)]
    public void A_profile_is_14_or_15_digits(int digits)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GridCodeProfile(digits));
    }

    [Fact]
    public void Profiles_are_equal_by_length_as_configuration_values_should_be()
    {
        Assert.Equal(GridCodeProfile.Digits15, new GridCodeProfile(15));
        Assert.Equal(3, GridCodeProfile.Digits15.SequenceLength);
        Assert.Equal(99, GridCodeProfile.Digits14.MaxSequence);
    }
}
