using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Tests.Unit.ServiceDefaults;

public class ValidationTests
{
    [Fact]
    public void Missing_and_too_long_fields_are_named()
    {
        var errors = new ValidationErrors()
            .Required("address", null)
            .Required("description", new string('x', 11), maxLength: 10);

        var all = errors.ToDictionary();
        Assert.Contains("address", all.Keys);
        Assert.Contains("description", all.Keys);
        Assert.Contains("at most 10", all["description"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, 1, PageRequest.DefaultSize)]
    [InlineData(3, 50, 3, 50)]
    public void Paging_defaults_and_accepts_valid_values(int? page, int? size, int expectedPage, int expectedSize)
    {
        var errors = new ValidationErrors();

        var request = Paging.Read(page, size, errors);

        Assert.False(errors.Any);
        Assert.Equal(new PageRequest(expectedPage, expectedSize), request);
        Assert.Equal((expectedPage - 1) * expectedSize, request.Skip);
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, PageRequest.MaxSize + 1, "pageSize")]
    public void Paging_out_of_range_is_an_error_naming_the_parameter(int page, int size, string field)
    {
        var errors = new ValidationErrors();

        Paging.Read(page, size, errors);

        Assert.Contains(field, errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData("reports/2023/01/22/officer-1/before.jpg", true)]
    [InlineData("https://oss.jiaozuo.example/cases/after.PNG", true)]
    [InlineData("before.heic", true)]
    [InlineData("http://insecure.example/a.jpg", false)]
    [InlineData("https://oss.jiaozuo.example/evil.exe", false)]
    [InlineData("../../etc/passwd.jpg", false)]
    [InlineData("note.txt", false)]
    public void Photo_references_are_object_keys_or_https_urls_of_images(string reference, bool valid)
    {
        var errors = new ValidationErrors().PhotoRefs("photoRefs", [reference]);

        Assert.Equal(!valid, errors.Any);
    }

    [Theory]
    [InlineData("2023-01-21", "2023-01-27", null)]
    [InlineData("2023-01-27", "2023-01-21", "to")]
    [InlineData("2023-01-01", "2023-01-08", "to")]
    [InlineData(null, "2023-01-21", "from")]
    public void A_period_needs_both_ends_in_order_and_at_most_its_days(string? from, string? to, string? refused)
    {
        static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var errors = new ValidationErrors().Period("from", Day(from), "to", Day(to), 7);

        Assert.Equal(refused is null ? [] : [refused], errors.ToDictionary().Keys);
    }
}
