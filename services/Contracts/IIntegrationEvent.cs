namespace DigitalCity.Contracts;

/// <summary>
/// What every event published between DigitalCity services carries: its own id (also the
/// transport MessageId, so a redelivery is recognisable) and the UTC time the change happened.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
