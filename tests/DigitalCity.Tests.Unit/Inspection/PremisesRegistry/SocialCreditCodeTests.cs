using DigitalCity.Inspection.Premises;

namespace DigitalCity.Tests.Unit.Inspection.PremisesRegistry;

public class SocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("92410811MA3X1JGX0R")]
    public void A_code_with_the_right_check_character_is_accepted(string code) =>
        Assert.Equal(code, SocialCreditCode.Normalize(code));

    [Fact]
    public void Lower_case_and_surrounding_spaces_are_normalised() =>
        Assert.Equal("91350100M000100Y43", SocialCreditCode.Normalize(" 91350100m000100y43 "));

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("91350100O000100Y43")]
    [InlineData("9135010-M000100Y43")]
    public void A_mistyped_code_is_refused(string code) => Assert.Null(SocialCreditCode.Normalize(code));
}
