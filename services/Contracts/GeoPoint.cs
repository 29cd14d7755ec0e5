namespace DigitalCity.Contracts;

/// <summary>A WGS84 point. Longitude first, as GeoJSON and MongoDB 2dsphere indexes expect.</summary>
public sealed record GeoPoint(double Longitude, double Latitude);
