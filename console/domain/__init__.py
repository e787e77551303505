"""Pure domain layer: notices, areas, coordinates, UTC times and agreement rules.

No Qt and no I/O beyond reading the JSON Schemas in resources/schemas.

Modules:
    times        UTC formats: RFC 3339 (wire), date-time group, NOTAM, local time beside UTC
    coordinates  Point, reading operator-typed positions, DMS/decimal/compact/NAVAREA output
    areas        Polygon, Circle, OceanQuadrant, BodyOfWater; bounds and outlines
    notices      Kind/Precedence/Status enums, Notice, summary_line, notice_text
    schema       validate_notice_dict against the local JSON Schemas; examples()
    rules        AgreementProfile, check_notice -> findings for the officer
    errors       NoticeFormatError shared by the above
"""
