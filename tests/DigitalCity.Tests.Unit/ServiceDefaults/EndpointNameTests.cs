using DigitalCity.ServiceDefaults.Messaging;

namespace DigitalCity.Tests.Unit.ServiceDefaults;

public class EndpointNameTests
{
    sealed class CaseReportedConsumer;

    sealed class DailyFiguresConsumer;

    [Fact]
    public void Queue_names_carry_the_service_name_and_the_kebab_cased_message()
    {
        Assert.Equal("sanitation-case-reported", MessagingSetup.EndpointName<CaseReportedConsumer>("sanitation"));
        Assert.Equal("publicity-daily-figures", MessagingSetup.EndpointName<DailyFiguresConsumer>("publicity"));
    }

    [Fact]
    public void Two_services_consuming_the_same_event_get_different_queues()
    {
        Assert.NotEqual(
            MessagingSetup.EndpointName<CaseReportedConsumer>("sanitation"),
            MessagingSetup.EndpointName<CaseReportedConsumer>("publicity"));
    }
}
