#!/usr/bin/env python3
"""Drives the self-check page in real headless Chromium (Debian's chromium and chromium-driver,
Selenium from PyPI): a personal link opens the page, pasted answers are checked and their
verdicts read, a file is uploaded, and a wrong token is refused. Run by .ci/run after
`swift test`, against the debug build of rnngrade; prints 'N passed, N failed'.
"""
import csv
import io
import os
import pathlib
import signal
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("RNNGRADE_EXECUTABLE", str(ROOT / ".build/debug/rnngrade"))
RUBRIC = str(ROOT / "Rubrics/sysu-dl-hw3.xml")
SHEET = ROOT / "Submissions/sysu-dl-hw3/16340154.txt"


def submit(driver, button):
    """Clicks the form button and waits for the result page. The old page is marked first, and the
    wait ends once a fully loaded page without the mark is shown: a click returns before the
    browser has loaded the answer, and asking an element of the old page whether it is stale can
    fail with other errors than 'stale' while the page is swapped."""
    driver.execute_script("window.rnngradeOldPage = true;")
    driver.find_element(By.XPATH, f"//button[text()='{button}']").click()

    def result_page_loaded(driver):
        try:
            return driver.execute_script(
                "return window.rnngradeOldPage === undefined && document.readyState === 'complete';")
        except WebDriverException:
            return False  # the page was being replaced while asked; ask again

    WebDriverWait(driver, 30, poll_frequency=0.1).until(result_page_loaded)


def verdicts(driver):
    return {part.find_element(By.TAG_NAME, "strong").text: part.find_element(By.CLASS_NAME, "verdict").text
            for part in driver.find_elements(By.CSS_SELECTOR, "section .part")}


def main():
    data = tempfile.mkdtemp(prefix="rnngrade-browser-")
    roster = pathlib.Path(data) / "roster.csv"
    roster.write_text("id,name\n16340154,Test Student\n")
    common = [RUBRIC, "--roster", str(roster), "--data", str(pathlib.Path(data) / "serve")]
    server = subprocess.Popen([BINARY, "serve", *common, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    passed, failed = 0, 0

    def check(name, condition):
        nonlocal passed, failed
        print(("ok   " if condition else "FAIL ") + name)
        passed, failed = passed + bool(condition), failed + (not condition)

    try:
        line = server.stdout.readline()
        port = int(line.rsplit(":", 1)[1])
        links = subprocess.run([BINARY, "serve", *common, "--public-url", f"http://127.0.0.1:{port}", "--links"],
                               capture_output=True, text=True, check=True).stdout
        link = list(csv.DictReader(io.StringIO(links)))[0]["link"]
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,900"]:
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            driver.get(link)
            check("the personal link opens the assignment", driver.title == "Homework 3: Recurrent Neural Networks")
            # Paste: 2.d right as the shipped student wrote it, 2.e the other option (wrong), 2.f unreadable.
            answers = {}
            for line in SHEET.read_text().splitlines():
                if line.startswith("2.d ="):
                    answers["2.d"] = line.split("=", 1)[1].strip()
            answers["2.e"] = "vanish"
            answers["2.f"] = "[1 2"
            for label, text in answers.items():
                field = driver.find_element(By.ID, f"f-{label}")
                check(f"field {label} has a visible label", driver.find_element(By.CSS_SELECTOR, f"label[for='f-{label}']").text == label)
                field.send_keys(text)
            submit(driver, "Check my answers")
            shown = verdicts(driver)
            check("pasted 2.d is right", shown.get("2.d") == "Correct")
            check("pasted 2.e is wrong", shown.get("2.e") == "Wrong")
            check("pasted 2.f is unreadable", shown.get("2.f") == "Could not be read")
            check("an empty field is unanswered", shown.get("3.b") == "Not answered")
            check("the answers stay in their fields", driver.find_element(By.ID, "f-2.e").get_attribute("value") == "vanish")
            driver.get(link)
            driver.find_element(By.ID, "upload-file").send_keys(str(SHEET))
            submit(driver, "Check the file")
            shown = verdicts(driver)
            check("the uploaded sheet has 5 right parts", list(shown.values()).count("Correct") == 5)
            check("the uploaded sheet has 5 parts graded by hand", list(shown.values()).count("To be graded by hand") == 5)
            driver.save_screenshot(str(pathlib.Path(data) / "upload.png"))
            driver.get(link[:-4] + ("AAAA" if not link.endswith("AAAA") else "BBBB"))
            check("a wrong token is refused with 403 and nothing else", driver.find_element(By.TAG_NAME, "body").text == "403 Forbidden")
        finally:
            driver.quit()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
