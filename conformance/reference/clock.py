#!/usr/bin/env python3
"""An independent, deliberately naive implementation of clause 12 (the clock) of the FSJC standard.

It walks day by day (and minute by minute for limits in hours) over the calendars in
standard/calendars/, and checks every vector of kinds "day", "workdays" and "limit" in
conformance/vectors/clock/. It shares no code with the SDK: two implementations that agree
on the vectors are the point. Usage: python3 conformance/reference/clock.py [vector files...]
Exit status 0 when every vector agrees, 1 otherwise.
"""
import datetime as dt
import glob
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
CST = dt.timezone(dt.timedelta(hours=8))


def load(rel):
    with open(os.path.join(ROOT, rel), encoding='utf-8') as f:
        return json.load(f)


def d(text):
    return dt.date.fromisoformat(text)


class Calendar:
    def __init__(self, profile='foshan', region=None, closures=()):
        self.national = {y['year']: y for y in (load('standard/calendars/national/' + f)
                         for f in os.listdir(os.path.join(ROOT, 'standard/calendars/national')))}
        self.statutory = load('standard/calendars/statutory.json')['holidays']
        self.lunar = {y['year']: y for y in load('standard/calendars/lunar.json')['years']}
        local = load('standard/calendars/local/%s.json' % profile)['closures']
        self.closed = set()
        for c in list(local) + [x if isinstance(x, dict) else {'date': x} for x in closures]:
            regions = c.get('regions')
            if regions and not (region and any(region == r or (r.endswith('00') and region.startswith(r[:4])) for r in regions)):
                continue
            self.closed.add(d(c['date']))
        self.years = {}

    def lunar_date(self, year, month, day):
        y = self.lunar[year]
        index = month - 1 + (1 if 0 < y['leapMonth'] < month else 0)
        return d(y['newYear']) + dt.timedelta(days=sum(y['months'][:index]) + day - 1)

    def year(self, year):
        if year in self.years:
            return self.years[year]
        off, on = set(), set()
        notice = self.national.get(year)
        if notice:
            for o in notice['daysOff']:
                x = d(o['from'])
                while x <= d(o['to']):
                    off.add(x)
                    x += dt.timedelta(days=1)
            on = {d(w['date']) for w in notice['makeUpWorkdays']}
        else:
            for h in self.statutory:
                if h['rule'] == 'SOLAR':
                    first = dt.date(year, h['month'], h['day'])
                elif h['rule'] == 'LUNAR':
                    first = self.lunar_date(year, h['month'], h['day'])
                else:
                    y = year % 100
                    first = dt.date(year, 4, int(y * 0.2422 + 4.81) - y // 4)
                for i in range(h['days']):
                    off.add(first + dt.timedelta(days=i))
        self.years[year] = (off, on, notice is None)
        return self.years[year]

    def working(self, day):
        off, on, _ = self.year(day.year)
        if day in self.closed:
            return False
        if day in on:
            return True
        return day.weekday() < 5 and day not in off

    def provisional(self, a, b):
        return any(self.year(y)[2] for y in range(min(a, b).year, max(a, b).year + 1))


def instant(text):
    if len(text) == 10:
        return dt.datetime.combine(d(text), dt.time(), CST)
    t = dt.datetime.fromisoformat(text.replace('Z', '+00:00'))
    return (t if t.tzinfo else t.replace(tzinfo=CST)).astimezone(CST)


def fmt(t):
    return t.astimezone(CST).isoformat()


def spans(office):
    def m(x):
        h, mi = x.split(':')
        return int(h) * 60 + int(mi)
    return [(m(s['from']), m(s['to'])) for s in office]


def office_minute(cal, office, t):
    """Whether the minute starting at t is office time."""
    if not cal.working(t.date()):
        return False
    m = t.hour * 60 + t.minute
    return any(a <= m < b for a, b in office)


def check_limit(v, profile):
    i = v['input']
    cal = Calendar(i.get('profile', 'foshan'), i.get('region'), i.get('closures', []))
    p = load('standard/profiles/%s.json' % i.get('profile', 'foshan'))['clock']
    office = spans(i.get('officeHours', p['officeHours']))
    day_end = i.get('dayLimitEnd', p['dayLimitEnd'])
    start = instant(i['from'])
    as_of = instant(i['asOf']) if 'asOf' in i else None
    stop = instant(i['stop']) if 'stop' in i else None
    pauses = []
    for x in i.get('pauses', []):
        s, e = instant(x['start']), (instant(x['end']) if x.get('end') else None)
        if as_of is not None:
            if s > as_of:
                continue
            if e is not None and e > as_of:
                e = None
        pauses.append((s, e))
    unit = i['limit']['unit']
    total = i['limit']['value'] + sum(x['value'] for x in i.get('extensions', []) if x['unit'] == unit)
    if any(x['unit'] != unit for x in i.get('extensions', [])):
        raise ValueError('the reference does not chain extensions in another unit')

    def paused_day(day):
        return any(s.date() <= day and (e is None or day <= e.date()) for s, e in pauses)

    def paused_minute(t):
        return any(s <= t and (e is None or t < e) for s, e in pauses)

    def counting_day(day):
        return (unit == 'NATURAL_DAY' or cal.working(day)) and not paused_day(day)

    def close(day):
        if day_end == 'CLOSE_OF_BUSINESS':
            return dt.datetime.combine(day, dt.time(), CST) + dt.timedelta(minutes=office[-1][1])
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), CST)

    out = {}
    last = due = None
    limit_day = dt.timedelta(days=1)
    if unit != 'WORKING_HOUR':
        if total == 0:
            last = start.date()
        else:
            day, n = start.date(), 0
            while n < total:
                day += limit_day
                if any(e is None and s.date() <= day for s, e in pauses):
                    day = None
                    break
                if counting_day(day):
                    n += 1
            last = day
            if last is not None and unit == 'NATURAL_DAY':
                while not cal.working(last):
                    last += limit_day
        if last is not None:
            due = close(last)
    else:
        if total == 0:
            last = start.date()
            due = close(last)
        else:
            t, n = start, 0
            minute = dt.timedelta(minutes=1)
            while n < total * 60:
                if any(e is None and s <= t for s, e in pauses):
                    t = None
                    break
                if office_minute(cal, office, t) and not paused_minute(t):
                    n += 1
                t += minute
            if t is not None:
                due = t
                last = t.date()
    out['lastDay'] = last.isoformat() if last else None
    out['dueAt'] = fmt(due) if due else None
    out['provisional'] = cal.provisional(start.date(), last if last else (as_of or start).date())
    if as_of is None:
        return out

    stopped = stop is not None and stop <= as_of
    at = stop if stopped else as_of
    if unit != 'WORKING_HOUR':
        def count(a, b):  # counting days in [a, b]
            n, x = 0, a
            while x <= b:
                n += counting_day(x)
                x += limit_day
            return n
        elapsed = count(start.date() + limit_day, at.date()) if at >= start else 0
        if last is None:
            remaining = total - elapsed
        elif at <= due:
            remaining = count(max(at.date(), start.date()) + limit_day, last)
        else:
            remaining = -count(last + limit_day, at.date())
    else:
        def minutes(a, b):  # office minutes in [a, b)
            n, t = 0, a.replace(second=0, microsecond=0)
            while t < b:
                n += office_minute(cal, office, t) and not paused_minute(t)
                t += dt.timedelta(minutes=1)
            return n
        elapsed = minutes(start, at) if at >= start else 0
        if due is None:
            remaining = total * 60 - elapsed
        elif at <= due:
            remaining = minutes(max(at, start), due)
        else:
            remaining = -minutes(due, at)
    out['elapsed'] = elapsed
    out['remaining'] = remaining
    open_pause = any(s <= at and (e is None or at < e) for s, e in pauses)
    if stopped:
        out['state'] = 'STOPPED'
        out['met'] = due is None or stop <= due
    elif as_of < start:
        out['state'] = 'NOT_STARTED'
    elif due is not None and as_of > due:
        out['state'] = 'OVERDUE'
    elif open_pause:
        out['state'] = 'SUSPENDED'
    else:
        out['state'] = 'RUNNING'
    return out


def run(v):
    i = v['input']
    if v['kind'] == 'day':
        cal = Calendar(i.get('profile', 'foshan'), i.get('region'), i.get('closures', []))
        return {'working': cal.working(d(i['date'])), 'provisional': cal.provisional(d(i['date']), d(i['date']))}
    if v['kind'] == 'workdays':
        cal = Calendar(i.get('profile', 'foshan'), i.get('region'), i.get('closures', []))
        a, b = d(i['from']), d(i['to'])
        n, x = 0, a
        while x <= b:
            n += cal.working(x)
            x += dt.timedelta(days=1)
        return {'workingDays': n, 'provisional': cal.provisional(a, b)}
    if v['kind'] == 'limit':
        return check_limit(v, i.get('profile', 'foshan'))
    return None


def main(files):
    files = files or sorted(glob.glob(os.path.join(ROOT, 'conformance/vectors/clock/*.json')))
    failed = checked = skipped = 0
    for f in files:
        for v in load(f)['vectors']:
            if v['kind'] == 'limit' and any(x['unit'] != v['input']['limit']['unit'] for x in v['input'].get('extensions', [])):
                skipped += 1
                continue
            got = run(v)
            if got is None:
                skipped += 1
                continue
            checked += 1
            diff = {k: (want, got.get(k)) for k, want in v['expected'].items() if k in got and got[k] != want}
            if diff:
                failed += 1
                print('FAIL %s: %s' % (v['id'], diff))
    print('reference clock: %d vectors checked, %d failed, %d outside its scope' % (checked, failed, skipped))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
