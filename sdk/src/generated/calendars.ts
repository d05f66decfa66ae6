// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
/* eslint-disable */
import type { NationalYear, StatutoryHolidays, LocalCalendar } from '../clock/calendar-data.js';

/** The State Council's yearly holiday notices (standard/calendars/national/). */
export const NATIONAL_YEARS: readonly NationalYear[] = [
 {
  "year": 2025,
  "notice": {
   "issuer_zh": "国务院办公厅",
   "issuer_en": "General Office of the State Council",
   "title_zh": "国务院办公厅关于2025年部分节假日安排的通知",
   "title_en": "Notice of the General Office of the State Council on the arrangement of certain holidays in 2025",
   "issued": "2024-11-12"
  },
  "daysOff": [
   {
    "holiday": "NEW_YEAR",
    "from": "2025-01-01",
    "to": "2025-01-01"
   },
   {
    "holiday": "SPRING_FESTIVAL",
    "from": "2025-01-28",
    "to": "2025-02-04"
   },
   {
    "holiday": "QINGMING",
    "from": "2025-04-04",
    "to": "2025-04-06"
   },
   {
    "holiday": "LABOUR_DAY",
    "from": "2025-05-01",
    "to": "2025-05-05"
   },
   {
    "holiday": "DRAGON_BOAT",
    "from": "2025-05-31",
    "to": "2025-06-02"
   },
   {
    "holiday": "NATIONAL_DAY",
    "from": "2025-10-01",
    "to": "2025-10-08",
    "note": "国庆节、中秋节 National Day and Mid-Autumn"
   }
  ],
  "makeUpWorkdays": [
   {
    "holiday": "SPRING_FESTIVAL",
    "date": "2025-01-26"
   },
   {
    "holiday": "SPRING_FESTIVAL",
    "date": "2025-02-08"
   },
   {
    "holiday": "LABOUR_DAY",
    "date": "2025-04-27"
   },
   {
    "holiday": "NATIONAL_DAY",
    "date": "2025-09-28"
   },
   {
    "holiday": "NATIONAL_DAY",
    "date": "2025-10-11"
   }
  ]
 },
 {
  "year": 2026,
  "notice": {
   "issuer_zh": "国务院办公厅",
   "issuer_en": "General Office of the State Council",
   "title_zh": "国务院办公厅关于2026年部分节假日安排的通知",
   "title_en": "Notice of the General Office of the State Council on the arrangement of certain holidays in 2026",
   "issued": "2025-11-04"
  },
  "daysOff": [
   {
    "holiday": "NEW_YEAR",
    "from": "2026-01-01",
    "to": "2026-01-03"
   },
   {
    "holiday": "SPRING_FESTIVAL",
    "from": "2026-02-15",
    "to": "2026-02-23"
   },
   {
    "holiday": "QINGMING",
    "from": "2026-04-04",
    "to": "2026-04-06"
   },
   {
    "holiday": "LABOUR_DAY",
    "from": "2026-05-01",
    "to": "2026-05-05"
   },
   {
    "holiday": "DRAGON_BOAT",
    "from": "2026-06-19",
    "to": "2026-06-21"
   },
   {
    "holiday": "MID_AUTUMN",
    "from": "2026-09-25",
    "to": "2026-09-27"
   },
   {
    "holiday": "NATIONAL_DAY",
    "from": "2026-10-01",
    "to": "2026-10-07"
   }
  ],
  "makeUpWorkdays": [
   {
    "holiday": "NEW_YEAR",
    "date": "2026-01-04"
   },
   {
    "holiday": "SPRING_FESTIVAL",
    "date": "2026-02-14"
   },
   {
    "holiday": "SPRING_FESTIVAL",
    "date": "2026-02-28"
   },
   {
    "holiday": "LABOUR_DAY",
    "date": "2026-05-09"
   },
   {
    "holiday": "NATIONAL_DAY",
    "date": "2026-09-20"
   },
   {
    "holiday": "NATIONAL_DAY",
    "date": "2026-10-10"
   }
  ]
 }
];

/** The statutory holidays used for a year without a notice (standard/calendars/statutory.json). */
export const STATUTORY_HOLIDAYS: StatutoryHolidays = {
 "source": {
  "title_zh": "全国年节及纪念日放假办法（2024年11月10日国务院令第795号第四次修订，2025年1月1日起施行）",
  "title_en": "Measures on National Holidays and Memorial Days (fourth revision, State Council Decree No. 795 of 10 November 2024, in force from 1 January 2025)",
  "inForceFrom": "2025-01-01"
 },
 "holidays": [
  {
   "holiday": "NEW_YEAR",
   "rule": "SOLAR",
   "month": 1,
   "day": 1,
   "days": 1
  },
  {
   "holiday": "SPRING_FESTIVAL",
   "rule": "LUNAR",
   "month": 1,
   "day": 0,
   "days": 4
  },
  {
   "holiday": "QINGMING",
   "rule": "SOLAR_TERM",
   "term": "QINGMING",
   "days": 1
  },
  {
   "holiday": "LABOUR_DAY",
   "rule": "SOLAR",
   "month": 5,
   "day": 1,
   "days": 2
  },
  {
   "holiday": "DRAGON_BOAT",
   "rule": "LUNAR",
   "month": 5,
   "day": 5,
   "days": 1
  },
  {
   "holiday": "MID_AUTUMN",
   "rule": "LUNAR",
   "month": 8,
   "day": 15,
   "days": 1
  },
  {
   "holiday": "NATIONAL_DAY",
   "rule": "SOLAR",
   "month": 10,
   "day": 1,
   "days": 3
  }
 ]
};

/** Local closures per profile (standard/calendars/local/). */
export const LOCAL_CALENDARS: Readonly<Record<string, LocalCalendar>> = {
 "foshan": {
  "profile": "foshan",
  "closures": []
 },
 "maoming": {
  "profile": "maoming",
  "closures": []
 },
 "xinyu": {
  "profile": "xinyu",
  "closures": []
 }
};

/** The lunar month table (standard/calendars/lunar.json), lunar years 2000–2100: "newYear:leapMonth:lengths", 9 = 29 days, 0 = 30 days. */
export const LUNAR_FIRST_YEAR = 2000;
export const LUNAR_YEARS: readonly string[] = ["2000-02-05:0:009909909009","2001-01-24:4:0090909909090","2002-02-12:0:009090990909","2003-02-01:0:009009099090","2004-01-22:2:9090090909090","2005-02-09:0:909090090909","2006-01-29:7:0909090900900","2007-02-18:0:990990900090","2008-02-07:0:099099090090","2009-01-26:5:0099099090900","2010-02-14:0:090909909090","2011-02-03:0:090090990909","2012-01-23:4:0900909090909","2013-02-10:0:090900909090","2014-01-31:9:9090909009090","2015-02-19:0:909909000909","2016-02-08:0:090990900900","2017-01-28:6:9090990909000","2018-02-16:0:909099090900","2019-02-05:0:090909909900","2020-01-25:4:9000909909090","2021-02-12:0:900909090909","2022-02-01:0:090900909090","2023-01-22:2:9099009009090","2024-02-10:0:909909009009","2025-01-29:6:0909909090009","2026-02-17:0:090990990009","2027-02-06:0:009099099009","2028-01-26:5:0009099099009","2029-02-13:0:009090909900","2030-02-03:0:909009090909","2031-01-23:3:9009090090909","2032-02-11:0:099090090090","2033-01-31:11:9099090900090","2034-02-19:0:909909090090","2035-02-08:0:090990990090","2036-01-28:6:0090990990900","2037-02-15:0:009099099090","2038-02-04:0:009090909909","2039-01-24:5:0090090909099","2040-02-12:0:090090900909","2041-02-01:0:909090090090","2042-01-22:2:9099090900900","2043-02-10:0:909909900900","2044-01-30:7:0909909909000","2045-02-17:0:090990990900","2046-02-06:0:090909099090","2047-01-26:5:0900909099090","2048-02-14:0:900900909909","2049-02-02:0:090900900909","2050-01-23:3:9090909009009","2051-02-11:0:099099009000","2052-02-01:8:9099099090000","2053-02-19:0:909909909000","2054-02-08:0:900990990900","2055-01-28:6:9009090990909","2056-02-15:0:000909099090","2057-02-04:0:900909009909","2058-01-24:4:0909090090099","2059-02-12:0:090909090009","2060-02-02:0:099099090009","2061-01-21:3:0099099090009","2062-02-09:0:009909909009","2063-01-29:7:0090909909090","2064-02-17:0:009090990909","2065-02-05:0:009009099090","2066-01-26:5:9090090909090","2067-02-14:0:909090090909","2068-02-03:0:090990090090","2069-01-23:4:9090990900090","2070-02-11:0:909099090090","2071-01-31:8:0909099090900","2072-02-19:0:090909909090","2073-02-07:0:090090990909","2074-01-27:6:0900909090909","2075-02-15:0:090900909090","2076-02-05:0:909090900909","2077-01-24:4:0909909000909","2078-02-12:0:090990900900","2079-02-02:0:909099090900","2080-01-22:3:0909099099000","2081-02-09:0:900909909900","2082-01-29:7:9000990909900","2083-02-17:0:900909090909","2084-02-06:0:090900909090","2085-01-26:5:9099009009090","2086-02-14:0:909909009009","2087-02-03:0:090990909000","2088-01-24:4:9090990990009","2089-02-10:0:009099909009","2090-01-30:8:0009099099009","2091-02-18:0:009090909909","2092-02-07:0:009009090909","2093-01-27:6:9009090090909","2094-02-15:0:909090090090","2095-02-05:0:909909090009","2096-01-25:4:0909909900090","2097-02-12:0:090999090090","2098-02-01:0:009099909090","2099-01-21:2:0090099099090","2100-02-09:0:009090909909"];
