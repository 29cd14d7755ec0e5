using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Premises;

namespace DigitalCity.Tests.Unit.Inspection.PremisesRegistry;

public class PremisesTests
{
    static readonly PremisesDetails Details = new("鸡公虾婆", PremisesType.Restaurant, "山阳区 焦东路 128号", new GeoPoint(113.2520, 35.2325),
        "410811", "41081100100101", "焦作中裕燃气", "刘红梅", "17303915029", "92410811MA3X1JGX0R");

    [Fact]
    public void Registering_raises_PremisesRegistered_without_the_contact()
    {
        var premises = Premises.Register(Details, "manager-1", TestData.Clock());

        var registered = Assert.IsType<PremisesRegistered>(Assert.Single(premises.PendingEvents()));
        Assert.Equal(premises.Id, registered.PremisesId);
        Assert.Equal("Restaurant", registered.Type);
        Assert.Equal("41081100100101", registered.GridCode);
        Assert.Equal(TestData.SpringFestival, registered.OccurredAt);
        Assert.DoesNotContain(typeof(PremisesRegistered).GetProperties(), p => p.Name.Contains("Contact", StringComparison.Ordinal) || p.Name.Contains("Phone", StringComparison.Ordinal));
        Assert.Equal(Details, premises.Details());
    }

    [Fact]
    public void An_update_that_changes_nothing_raises_nothing()
    {
        var premises = Premises.Register(Details, "manager-1", TestData.Clock());
        premises.MarkPersisted(1);

        Assert.False(premises.Update(Details, "manager-2", TestData.Clock()));
        Assert.Empty(premises.PendingEvents());
        Assert.Null(premises.UpdatedBy);
    }

    [Fact]
    public void An_update_raises_PremisesUpdated_with_the_next_version()
    {
        var time = TestData.Clock();
        var premises = Premises.Register(Details, "manager-1", time);
        premises.MarkPersisted(1);
        time.Advance(TimeSpan.FromDays(1));

        Assert.True(premises.Update(Details with { GasSupplier = "山阳区宏达液化气站" }, "manager-2", time));

        var updated = Assert.IsType<PremisesUpdated>(Assert.Single(premises.PendingEvents()));
        Assert.Equal(2, updated.Version);
        Assert.Equal("山阳区宏达液化气站", updated.GasSupplier);
        Assert.Equal("manager-2", premises.UpdatedBy);
        Assert.Equal(time.GetUtcNow(), premises.UpdatedAt);
    }
}
