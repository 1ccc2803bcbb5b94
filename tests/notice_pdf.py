"""reportlab helpers for the PDF test notices (tests/unseen*/build_*.py): an A4 page drawn line
by line, as a PDF printer lays out a GB/T 9704 notice, so the file has real hard wraps.

reportlab is needed only to rebuild those files; it is no dependency of the project.
"""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 27 * mm, 25 * mm
TOP, BOTTOM = 28 * mm, 26 * mm
TEXT_W = PAGE_W - LEFT - RIGHT
BODY = 14
RED = (0.85, 0.05, 0.05)
#: closing punctuation never starts a line (避头)
NO_START = "，。、；：？！”’）》〕"


def wrap(font, text, size, width, first_indent=0.0):
    """Greedy character wrap measured with the font: Chinese lines break anywhere."""
    lines, cur, avail = [], "", width - first_indent
    for ch in text:
        if cur and pdfmetrics.stringWidth(cur + ch, font, size) > avail:
            carry = ""
            # 避头: closing punctuation never starts a line; the last character goes down with it
            if ch in NO_START and len(cur) > 1:
                cur, carry = cur[:-1], cur[-1]
            lines.append(cur)
            cur, avail = carry, width
        cur += ch
    if cur:
        lines.append(cur)
    return lines


class LineWriter:
    """Draws a notice line by line, with a ``— N —`` footer on every page."""

    def __init__(self, path, font, title, lead):
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.c.setTitle(title)
        self.font, self.lead = font, lead
        self.page = 1
        self.y = PAGE_H - TOP
        self.lines = []  # (page, text) for the build report and the gold check

    def footer(self):
        self.c.setFont(self.font, 12)
        self.c.setFillColorRGB(0, 0, 0)
        self.c.drawCentredString(PAGE_W / 2, 15 * mm, f"— {self.page} —")

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = PAGE_H - TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    def line(self, text, size=BODY, x=LEFT, align="left", lead=None):
        lead = self.lead if lead is None else lead
        self.need(lead)
        self.y -= lead
        self.c.setFont(self.font, size)
        if align == "center":
            self.c.drawCentredString(PAGE_W / 2, self.y, text)
        elif align == "right":
            self.c.drawRightString(PAGE_W - RIGHT - 16 * mm, self.y, text)
        else:
            self.c.drawString(x, self.y, text)
        self.lines.append((self.page, text))

    def para(self, text, size=BODY, indent=True):
        ind = 2 * size if indent else 0
        for i, ln in enumerate(wrap(self.font, text, size, TEXT_W, ind)):
            self.line(ln, size, LEFT + (ind if i == 0 else 0))

    def rule(self, color=(0, 0, 0), width=0.8):
        self.y -= 6
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(LEFT, self.y, PAGE_W - RIGHT, self.y)
        self.c.setStrokeColorRGB(0, 0, 0)

    def red_header(self, issuer_line, doc_number, size, lead, after):
        """版头: the issuer's red line, the 发文字号 and a red rule, then ``after`` pt of space."""
        self.c.setFillColorRGB(*RED)
        self.line(issuer_line, size=size, align="center", lead=lead)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= 18
        self.line(doc_number, align="center")
        self.y -= 4
        self.rule(RED, 1.8)
        self.y -= after

    def save(self):
        self.footer()
        self.c.save()

    def blocks(self, blocks, more=None):
        """Draw ("p", text) paragraphs, ("n", text[, size]) unindented lines, ("h", text) headings,
        ("c", text, size) centred lines, ("r", text) right-aligned lines, ("gap", pt), ("page",),
        ("rule",); ``more`` maps any other kind to a function of the block."""
        for b in blocks:
            kind = b[0]
            if kind == "p":
                self.para(b[1])
            elif kind == "n":
                size = b[2] if len(b) > 2 else BODY
                for ln in wrap(self.font, b[1], size, TEXT_W):
                    self.line(ln, size)
            elif kind == "h":
                self.line(b[1], x=LEFT + 2 * BODY)
            elif kind == "c":
                self.line(b[1], size=b[2], align="center", lead=b[2] + 12)
            elif kind == "r":
                self.line(b[1], align="right")
            elif kind == "gap":
                self.y -= b[1]
            elif kind == "page":
                self.new_page()
            elif kind == "rule":
                self.rule()
            else:
                more[kind](b)
