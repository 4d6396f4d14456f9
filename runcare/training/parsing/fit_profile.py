"""The small slice of the Garmin FIT profile we decode: message and field numbers, base types.

Only the fields RunCare uses are named; everything else is skipped by size, which is what makes
our decoder fast (see docs/adr/0003-activity-parsing.md).
"""

from typing import NamedTuple

#: Seconds between the Unix epoch and the FIT epoch (1989-12-31T00:00:00Z).
FIT_EPOCH_S = 631_065_600
#: FIT date_time values below this are seconds since device power-on, not a calendar date.
MIN_ABSOLUTE_TIME = 0x10000000

MESG_FILE_ID = 0
MESG_SPORT = 12
MESG_SESSION = 18
MESG_RECORD = 20
MESG_ACTIVITY = 34


class BaseType(NamedTuple):
    size: int
    code: str  # struct format character
    invalid: int | None  # sentinel meaning "no value"; None for floats (NaN) and strings


BASE_TYPES: dict[int, BaseType] = {
    0x00: BaseType(1, "B", 0xFF),  # enum
    0x01: BaseType(1, "b", 0x7F),  # sint8
    0x02: BaseType(1, "B", 0xFF),  # uint8
    0x03: BaseType(2, "h", 0x7FFF),  # sint16
    0x04: BaseType(2, "H", 0xFFFF),  # uint16
    0x05: BaseType(4, "i", 0x7FFFFFFF),  # sint32
    0x06: BaseType(4, "I", 0xFFFFFFFF),  # uint32
    0x07: BaseType(1, "s", None),  # string
    0x08: BaseType(4, "f", None),  # float32
    0x09: BaseType(8, "d", None),  # float64
    0x0A: BaseType(1, "B", 0x00),  # uint8z
    0x0B: BaseType(2, "H", 0x0000),  # uint16z
    0x0C: BaseType(4, "I", 0x00000000),  # uint32z
    0x0D: BaseType(1, "B", 0xFF),  # byte
    0x0E: BaseType(8, "q", 0x7FFFFFFFFFFFFFFF),  # sint64
    0x0F: BaseType(8, "Q", 0xFFFFFFFFFFFFFFFF),  # uint64
    0x10: BaseType(8, "Q", 0x0000000000000000),  # uint64z
}

#: field number -> our key, per global message. Field 253 is the timestamp everywhere.
WANTED_FIELDS: dict[int, dict[int, str]] = {
    MESG_FILE_ID: {0: "type", 4: "time_created"},
    MESG_SPORT: {0: "sport", 1: "sub_sport"},
    MESG_SESSION: {
        253: "timestamp",
        2: "start_time",
        5: "sport",
        6: "sub_sport",
        7: "total_elapsed_time",
        8: "total_timer_time",
        9: "total_distance",
        16: "avg_heart_rate",
        17: "max_heart_rate",
        18: "avg_cadence",
        22: "total_ascent",
        92: "avg_fractional_cadence",
        134: "avg_step_length",
    },
    MESG_RECORD: {
        253: "timestamp",
        0: "lat",
        1: "lon",
        2: "altitude",
        3: "heart_rate",
        4: "cadence",
        5: "distance",
        6: "speed",
        53: "fractional_cadence",
        73: "enhanced_speed",
        78: "enhanced_altitude",
        85: "step_length",
    },
}
TIMESTAMP_ONLY = {253: "timestamp"}
RECORD_KEYS = tuple(WANTED_FIELDS[MESG_RECORD].values())

FILE_TYPES = {
    1: "device",
    2: "settings",
    3: "sport",
    4: "activity",
    5: "workout",
    6: "course",
    7: "schedules",
    9: "weight",
    10: "totals",
    11: "goals",
    14: "blood_pressure",
    15: "monitoring_a",
    20: "activity_summary",
    28: "monitoring_daily",
    32: "monitoring_b",
    34: "segment",
    35: "segment_list",
}

# Sport and sub-sport names as the FIT profile spells them (Profile 21.x).
SPORTS: dict[int, str] = {
    0: "generic",
    1: "running",
    2: "cycling",
    3: "transition",
    4: "fitness_equipment",
    5: "swimming",
    6: "basketball",
    7: "soccer",
    8: "tennis",
    9: "american_football",
    10: "training",
    11: "walking",
    12: "cross_country_skiing",
    13: "alpine_skiing",
    14: "snowboarding",
    15: "rowing",
    16: "mountaineering",
    17: "hiking",
    18: "multisport",
    19: "paddling",
    20: "flying",
    21: "e_biking",
    22: "motorcycling",
    23: "boating",
    24: "driving",
    25: "golf",
    26: "hang_gliding",
    27: "horseback_riding",
    28: "hunting",
    29: "fishing",
    30: "inline_skating",
    31: "rock_climbing",
    32: "sailing",
    33: "ice_skating",
    34: "sky_diving",
    35: "snowshoeing",
    36: "snowmobiling",
    37: "stand_up_paddleboarding",
    38: "surfing",
    39: "wakeboarding",
    40: "water_skiing",
    41: "kayaking",
    42: "rafting",
    43: "windsurfing",
    44: "kitesurfing",
    45: "tactical",
    46: "jumpmaster",
    47: "boxing",
    48: "floor_climbing",
    49: "baseball",
    53: "diving",
    62: "hiit",
    64: "racket",
    65: "wheelchair_push_walk",
    66: "wheelchair_push_run",
    67: "meditation",
    69: "disc_golf",
    71: "cricket",
    72: "rugby",
    73: "hockey",
    74: "lacrosse",
    75: "volleyball",
    76: "water_tubing",
    77: "wakesurfing",
    80: "mixed_martial_arts",
    82: "snorkeling",
    83: "dance",
    84: "jump_rope",
    254: "all",
}
SUB_SPORTS: dict[int, str] = {
    0: "generic",
    1: "treadmill",
    2: "street",
    3: "trail",
    4: "track",
    5: "spin",
    6: "indoor_cycling",
    7: "road",
    8: "mountain",
    9: "downhill",
    10: "recumbent",
    11: "cyclocross",
    12: "hand_cycling",
    13: "track_cycling",
    14: "indoor_rowing",
    15: "elliptical",
    16: "stair_climbing",
    17: "lap_swimming",
    18: "open_water",
    19: "flexibility_training",
    20: "strength_training",
    21: "warm_up",
    22: "match",
    23: "exercise",
    24: "challenge",
    25: "indoor_skiing",
    26: "cardio_training",
    27: "indoor_walking",
    28: "e_bike_fitness",
    29: "bmx",
    30: "casual_walking",
    31: "speed_walking",
    32: "bike_to_run_transition",
    33: "run_to_bike_transition",
    34: "swim_to_bike_transition",
    35: "atv",
    36: "motocross",
    37: "backcountry",
    38: "resort",
    39: "rc_drone",
    40: "wingsuit",
    41: "whitewater",
    42: "skate_skiing",
    43: "yoga",
    44: "pilates",
    45: "indoor_running",
    46: "gravel_cycling",
    47: "e_bike_mountain",
    48: "commuting",
    49: "mixed_surface",
    50: "navigate",
    51: "track_me",
    52: "map",
    53: "single_gas_diving",
    54: "multi_gas_diving",
    55: "gauge_diving",
    56: "apnea_diving",
    57: "apnea_hunting",
    58: "virtual_activity",
    59: "obstacle",
    62: "breathing",
    65: "sail_race",
    67: "ultra",
    68: "indoor_climbing",
    69: "bouldering",
    70: "hiit",
    73: "amrap",
    74: "emom",
    75: "tabata",
    84: "pickleball",
    85: "padel",
    86: "indoor_wheelchair_walk",
    87: "indoor_wheelchair_run",
    88: "indoor_hand_cycling",
    94: "squash",
    95: "badminton",
    96: "racquetball",
    97: "table_tennis",
    110: "fly_canopy",
    111: "fly_paraglide",
    112: "fly_paramotor",
    113: "fly_pressurized",
    114: "fly_navigate",
    115: "fly_timer",
    116: "fly_altimeter",
    117: "fly_wx",
    118: "fly_vfr",
    119: "fly_ifr",
    254: "all",
}
