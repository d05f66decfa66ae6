// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
/* eslint-disable */
import type { Profile } from '../profiles/profile.js';

/** The profiles of standard/profiles/ (FSJC-ORG-009). */
export const PROFILES: Readonly<Record<string, Profile>> = {
 "foshan": {
  "name": "foshan",
  "default": true,
  "title_zh": "佛山市",
  "title_en": "Foshan",
  "cityCode": "440600",
  "districts": [
   "440604",
   "440605",
   "440606",
   "440607",
   "440608"
  ],
  "adminLevels": [
   "CITY",
   "DISTRICT",
   "TOWN"
  ],
  "stages": [
   "RECEIVE",
   "ACCEPT",
   "REVIEW",
   "CONCLUDE",
   "ISSUE"
  ],
  "digestKeyIssuer": "佛山市电子监察中心 Foshan city monitoring centre",
  "clock": {
   "officeHours": [
    {
     "from": "09:00",
     "to": "12:00"
    },
    {
     "from": "14:00",
     "to": "18:00"
    }
   ],
   "dayLimitEnd": "MIDNIGHT",
   "extendPromisedLimit": true,
   "supervisionLimit": {
    "value": 5,
    "unit": "WORKING_DAY"
   }
  }
 },
 "maoming": {
  "name": "maoming",
  "default": false,
  "title_zh": "茂名市",
  "title_en": "Maoming",
  "cityCode": "440900",
  "districts": [
   "440902",
   "440904",
   "440981",
   "440982",
   "440983"
  ],
  "adminLevels": [
   "CITY",
   "DISTRICT"
  ],
  "stages": [
   "ACCEPT",
   "UNDERTAKE",
   "REVIEW",
   "APPROVE",
   "CONCLUDE"
  ],
  "digestKeyIssuer": "茂名市电子监察中心 Maoming city monitoring centre",
  "clock": {
   "officeHours": [
    {
     "from": "08:30",
     "to": "12:00"
    },
    {
     "from": "14:30",
     "to": "17:30"
    }
   ],
   "dayLimitEnd": "MIDNIGHT",
   "extendPromisedLimit": true,
   "supervisionLimit": {
    "value": 5,
    "unit": "WORKING_DAY"
   }
  },
  "rules": {
   "params": {
    "R-LIMIT-NEAR": {
     "before": {
      "value": 2,
      "unit": "WORKING_DAY"
     }
    }
   }
  },
  "scoring": {
   "minCases": {
    "MONTH": 10
   },
   "indicators": {
    "onlineRate": {
     "zeroAt": 0.2,
     "fullAt": 0.8
    }
   }
  }
 },
 "xinyu": {
  "name": "xinyu",
  "default": false,
  "title_zh": "新余市",
  "title_en": "Xinyu",
  "cityCode": "360500",
  "districts": [
   "360502",
   "360521"
  ],
  "adminLevels": [
   "PROVINCE",
   "CITY",
   "DISTRICT"
  ],
  "stages": [],
  "digestKeyIssuer": "新余市电子监察中心 Xinyu city monitoring centre",
  "clock": {
   "officeHours": [
    {
     "from": "08:30",
     "to": "12:00"
    },
    {
     "from": "14:30",
     "to": "17:30"
    }
   ],
   "dayLimitEnd": "CLOSE_OF_BUSINESS",
   "extendPromisedLimit": false,
   "supervisionLimit": {
    "value": 3,
    "unit": "WORKING_DAY"
   }
  },
  "rules": {
   "disable": [
    "R-DENIAL-OUTLIER"
   ]
  }
 }
};
