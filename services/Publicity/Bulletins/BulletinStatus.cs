namespace DigitalCity.Publicity.Bulletins;

/// <summary>Where a bulletin is in review: a draft until an editor publishes or discards it; both are final.</summary>
public enum BulletinStatus
{
    Draft,
    Published,
    Discarded,
}
