using DigitalCity.Contracts;
using DigitalCity.Inspection.Places;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Tests.Unit.Inspection.PremisesRegistry;

public class PremisesFormTests
{
    static readonly PlaceDirectory Directory = JiaozuoPlaces.CreateDirectory();

    static PremisesForm Restaurant(double? longitude = 113.2520, double? latitude = 35.2325, string? district = null) => new()
    {
        Name = "鸡公虾婆",
        Type = "Restaurant",
        Address = "山阳区 焦东路 128号",
        Location = longitude is null && latitude is null ? null : new PremisesForm.Coordinates(longitude, latitude),
        DistrictCode = district,
        GasSupplier = "焦作中裕燃气",
        ContactName = "刘红梅",
        ContactPhone = "173 0391 5029",
        CreditCode = "92410811ma3x1jgx0r",
    };

    static (PremisesDetails? Details, IReadOnlyDictionary<string, string[]> Errors) Check(PremisesForm form)
    {
        var errors = new ValidationErrors();
        var details = form.Check(Directory, errors);
        return (details, errors.ToDictionary());
    }

    [Fact]
    public void A_location_in_a_unit_grid_gives_the_district_and_grid()
    {
        var (details, errors) = Check(Restaurant());

        Assert.Empty(errors);
        Assert.Equal("410811", details!.DistrictCode);
        Assert.Equal("41081100100101", details.GridCode);
        Assert.Equal(new GeoPoint(113.2520, 35.2325), details.Location);
        Assert.Equal(PremisesType.Restaurant, details.Type);
        Assert.Equal("17303915029", details.ContactPhone);
        Assert.Equal("92410811MA3X1JGX0R", details.CreditCode);
    }

    [Fact]
    public void A_district_that_disagrees_with_the_location_names_the_grid_it_lies_in()
    {
        var (details, errors) = Check(Restaurant(district: "410802"));

        Assert.Null(details);
        Assert.Contains("41081100100101", Assert.Single(errors["districtCode"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_location_the_district_is_required_and_must_be_known()
    {
        Assert.Contains("districtCode", Check(Restaurant(null, null)).Errors.Keys);
        Assert.Contains("districtCode", Check(Restaurant(null, null, "419999")).Errors.Keys);

        var (details, errors) = Check(Restaurant(null, null, "410811"));
        Assert.Empty(errors);
        Assert.Null(details!.GridCode);
        Assert.Null(details.Location);
    }

    [Fact]
    public void A_location_outside_every_grid_keeps_the_district_sent()
    {
        var (details, errors) = Check(Restaurant(113.30, 35.30, "410811"));

        Assert.Empty(errors);
        Assert.Equal("410811", details!.DistrictCode);
        Assert.Null(details.GridCode);
    }

    [Fact]
    public void Every_bad_field_is_named()
    {
        var form = Restaurant(longitude: 200, latitude: null) with { Name = " ", Type = "Bakery", ContactPhone = "12345", CreditCode = "123" };

        var (details, errors) = Check(form);

        Assert.Null(details);
        Assert.Equal(["contactPhone", "creditCode", "location.latitude", "location.longitude", "name", "type"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("restaurant", PremisesType.Restaurant)]
    [InlineData(" GasCompany ", PremisesType.GasCompany)]
    public void Type_names_ignore_case(string text, PremisesType expected)
    {
        Assert.True(PremisesForm.TryParseType(text, out var type));
        Assert.Equal(expected, type);
    }

    [Fact]
    public void A_number_is_not_a_type_name() => Assert.False(PremisesForm.TryParseType("3", out _));

    [Fact]
    public void An_import_names_fields_by_row_and_column()
    {
        var errors = new ValidationErrors();
        (Restaurant(longitude: 200) with { Name = null }).Check(Directory, errors, f => $"rows[2].{PremisesCsv.ColumnOf(f)}");

        Assert.Equal(["rows[2].longitude", "rows[2].name"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }
}
