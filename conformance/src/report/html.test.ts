import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../../../tests/support/tools.js';
import { reportHtml } from './html.js';
import { reportDigest } from './json.js';
import { failingReport, passingReport, SAMPLE_TEST_IDS } from './sample.js';

const chromium = requireTool('chromium', 'chromium');
const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>&amp;'`;

/** The page's text with the tags taken out, for checks of what a reader sees. */
const visible = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe('the HTML report (FSJC-CONF-015)', () => {
  it('names the run, the level reached and every test, Chinese first', () => {
    const report = failingReport();
    const html = reportHtml(report);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<meta charset="utf-8">');
    for (const id of SAMPLE_TEST_IDS) expect(html).toContain(`<td class="id">${id}</td>`);
    expect(html).toMatch(/达到的等级 <span class="en">Level reached<\/span><\/div>\n<div class="value">L2<\/div>/);
    expect(html.indexOf('一致性测试报告')).toBeLessThan(html.indexOf('Conformance test report'));
    expect(html).toContain('顺德区政务服务平台 (FS-SD-ZWFW-02)');
    expect(html).toContain('client-v1');
    expect(html).toContain('2026-10-21 00:15:30+08:00');
    // the counts, and what an error means
    expect(html).toMatch(/<div class="count o-fail"><div class="n">2<\/div>/);
    expect(html).toMatch(/<div class="count o-error"><div class="n">1<\/div>/);
    expect(html).toMatch(/<div class="count o-skip"><div class="n">2<\/div>/);
    expect(html).toContain('测试工具或网络出错，与被测系统无关');
    expect(html).toContain(reportDigest(report));
    // a failed test: its messages in both languages, its evidence collapsed
    const row = html.slice(html.indexOf('<tr id="test-CL-L3-RESEND-SAME-BYTES">'));
    expect(row.slice(0, row.indexOf('</tr>'))).toMatch(/FSJC-ENV-005<br>FSJC-API-070[\s\S]*未通过[\s\S]*序号 12 的重发[\s\S]*The resend of sequence 12[\s\S]*<details><summary>证据[\s\S]*b1f0c2d4-7e1a/);
  });

  it('says when no level was reached', () => {
    const report = failingReport();
    const html = reportHtml({ ...report, level: 'L0' });
    expect(html).toContain('<div class="level none" id="level">');
    expect(html).toContain('未达到任何等级');
    expect(reportHtml(passingReport())).toContain('L1–L4 的全部“应”测试均通过');
  });

  it('fetches nothing and runs nothing', () => {
    const html = reportHtml(passingReport());
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).not.toMatch(/url\(/);
    // the system's address is text, not a link
    expect(html).toContain('https://spj.nanhai.example/fsjc');
  });

  it('escapes everything the system under test or a check put in the report', () => {
    const report = failingReport();
    report.system.name = HOSTILE;
    report.system.id = HOSTILE;
    report.suite.title_zh = HOSTILE;
    report.results[0].title_en = HOSTILE;
    report.results[0].id = HOSTILE;
    report.results[0].group = HOSTILE;
    report.results[4].messages[0].zh = HOSTILE;
    report.results[4].evidence = { body: `</pre></details>${HOSTILE}` };
    report.results[5].evidence = HOSTILE;
    const html = reportHtml(report);
    expect(html).not.toMatch(/<(script|img)\b/i);
    expect(html).toContain('{\n  &quot;body&quot;: &quot;&lt;/pre&gt;&lt;/details&gt;&lt;script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;&#39;');
    // and a reader sees the hostile text as text
    expect(visible(html)).toContain('&lt;script&gt;');
  });

  it('shows at most a sane amount of evidence, and says it was cut', () => {
    const report = failingReport();
    report.results[4].evidence = { requests: Array.from({ length: 5000 }, (_, i) => ({ n: i, body: 'x'.repeat(80) })) };
    const html = reportHtml(report);
    expect(html.length).toBeLessThan(60_000);
    expect(html).toMatch(/证据共 \d+ 个字符，此处只显示前 20000 个，完整内容见 report\.json/);
    expect(html).toContain('all of it is in report.json');
  });
});

describe('the HTML report in a real browser', () => {
  it.skipIf(chromium.skip)('shows its Chinese text and prints legibly', async () => {
    chromium.assert();
    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({ executablePath: chromium.path, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url()); });
      await page.setContent(reportHtml(failingReport()), { waitUntil: 'load' });
      await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('h1').innerText()).toMatch(/^一致性测试报告\s+Conformance test report$/);
      expect(await page.locator('#level .value').innerText()).toBe('L2');
      expect(await page.getByText('测试工具或网络出错，与被测系统无关').first().isVisible()).toBe(true);
      // the evidence is collapsed until asked for
      const row = page.locator('[id="test-CL-L3-RESEND-SAME-BYTES"]');
      expect(await row.locator('pre').isVisible()).toBe(false);
      await row.locator('summary').click();
      expect(await row.locator('pre').isVisible()).toBe(true);
      // Chinese is laid out a full em per character (tofu would too: the saved screenshot is for a person to look at)
      // (scripts for the page are strings: this project's types have no DOM)
      const width = await page.evaluate(`(() => {
        const s = document.createElement('span');
        s.style.fontSize = '20px';
        s.textContent = '一致性测试报告';
        document.body.append(s);
        const w = s.getBoundingClientRect().width;
        s.remove();
        return w;
      })()`) as number;
      expect(width).toBeGreaterThan(7 * 15);

      const png = await page.screenshot({ fullPage: true });
      fs.writeFileSync(path.join(os.tmpdir(), 'fsjc-conformance-report.png'), png);
      // how much of the page is ink, counted by the browser from the screenshot itself
      const inked = await page.evaluate(`(async () => {
        const img = new Image();
        img.src = 'data:image/png;base64,${png.toString('base64')}';
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, img.width, img.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) dark++;
        return dark / (img.width * img.height);
      })()`) as number;
      expect(inked).toBeGreaterThan(0.02);
      expect(inked).toBeLessThan(0.6);

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
