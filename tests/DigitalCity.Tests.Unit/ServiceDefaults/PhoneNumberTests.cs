using DigitalCity.ServiceDefaults.PersonalData;

namespace DigitalCity.Tests.Unit.ServiceDefaults;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("17312345029", "17312345029")]
    [InlineData("173 1234 5029", "17312345029")]
    [InlineData("0391-3561234", "0391-3561234")]
    [InlineData("03913561234", "03913561234")]
    public void Mobile_and_landline_numbers_are_accepted(string typed, string stored) =>
        Assert.Equal(stored, PhoneNumber.Normalize(typed));

    [Theory]
    [InlineData("1731234502")]
    [InlineData("12312345029")]
    [InlineData("+8617312345029")]
    [InlineData("3561234")]
    [InlineData("call me")]
    public void Other_text_is_not_a_phone_number(string typed) => Assert.Null(PhoneNumber.Normalize(typed));

    [Fact]
    public void A_masked_number_keeps_its_first_three_and_last_four_digits()
    {
        Assert.Equal("173****5029", PhoneNumber.Mask("17312345029"));
        Assert.Equal("039****1234", PhoneNumber.Mask("0391-3561234"));
    }

    [Theory]
    [InlineData("17312345029", "17312345029")]
    [InlineData(" 173 1234 5029 ", "17312345029")]
    public void A_mobile_has_one_canonical_form(string typed, string stored) =>
        Assert.Equal(stored, PhoneNumber.NormalizeMobile(typed));

    [Theory]
    [InlineData("0391-3561234")]
    [InlineData("03913561234")]
    [InlineData("12312345029")]
    [InlineData("+8617312345029")]
    public void Landlines_and_other_text_are_not_mobiles(string typed) => Assert.Null(PhoneNumber.NormalizeMobile(typed));
}
