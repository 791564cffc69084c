"""Screenshots of the real QGIS window with the plugin: the first view of a store, then a région.

Usage: python bench/desktop_screenshots.py --store STORE.gpkg [--region 52] [--lang fr] [--out-dir build/shots]

Starts the QGIS desktop application (Debian package `qgis`) under Xvfb with a throwaway profile in
which the working copy is installed as a plugin and enabled, opens the store through the plugin's own
"open a store" path, waits for the panel and the map, and saves the whole window (`first-view.png`),
then the same after choosing the région in the panel (`region-<code>.png`). The store is copied first:
the given one is left alone. Needs the .qm built (`make qm`) for French.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_ITEMS = ("metadata.txt", "resources", "i18n", "LICENSE")

# Runs inside QGIS (qgis --code): drives the plugin as a user would, step by step on the event loop.
DRIVER = r'''
import json, sys, traceback
from pathlib import Path
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

CONFIG = json.loads(Path(CONFIG_PATH).read_text(encoding="utf-8"))  # noqa: F821 (set by the launcher)
LOG = open(CONFIG["log"], "a", encoding="utf-8")


def say(text):
    LOG.write(text + "\n")
    LOG.flush()


def later(seconds, step):
    def run():
        try:
            step()
        except Exception:
            say(traceback.format_exc())
            quit_qgis()
    QTimer.singleShot(int(seconds * 1000), run)


def settled(then, rounds=0):
    """Wait until the plugin's tasks and the canvas are done, then a moment more for the widgets."""
    from odt_qgis_plugin.common.qgis_tasks import running

    canvas = iface.mapCanvas()
    if (running() or canvas.isDrawing() or QgsApplication.taskManager().countActiveTasks()) and rounds < 600:
        later(0.2, lambda: settled(then, rounds + 1))
    else:
        later(1.5, then)


def grab(name):
    window = iface.mainWindow()
    path = str(Path(CONFIG["out"]) / name)
    window.grab().save(path, "PNG")
    say("saved " + path)


def start():
    window = iface.mainWindow()
    width, height = CONFIG["size"]
    window.setGeometry(0, 0, width, height)  # no window manager under Xvfb to maximise it
    plugin = plugins.get("odt_qgis_plugin")
    if plugin is None:
        say("plugin not loaded")
        quit_qgis()
        return
    plugin.panel.setUserVisible(True)
    plugin.store_actions.load(CONFIG["store"], zoom=True)
    settled(first_view)


def first_view():
    grab("first-view.png")
    plugins["odt_qgis_plugin"].panel.choose("region", CONFIG["region"])
    settled(region_view)


def region_view():
    panel = plugins["odt_qgis_plugin"].panel
    grab(f"region-{CONFIG['region']}.png")
    canvas = iface.mapCanvas()
    say(f"scale {round(canvas.scale())} crs {canvas.mapSettings().destinationCrs().authid()}")
    say("title " + panel.title.text())
    if not CONFIG["more"]:
        later(0.5, quit_qgis)
        return
    # the scenario tab with a rule, the export dialog and the settings page, for a look at the dialogs
    panel.tabs.setCurrentWidget(panel.scenario_box)
    panel.scenario_box.population.setValue(5000)
    panel.scenario_box.add_rule_from_form()
    settled(scenario_view)


def scenario_view():
    panel = plugins["odt_qgis_plugin"].panel
    grab("scenario.png")
    panel.widget().grab().save(str(Path(CONFIG["out"]) / "dock-scenario.png"), "PNG")
    panel.tabs.setCurrentWidget(panel.evolution.parentWidget())  # the "Change over time" tab
    panel.evolution.setCollapsed(False)
    settled(evolution_view)


def evolution_view():
    panel = plugins["odt_qgis_plugin"].panel
    panel.widget().grab().save(str(Path(CONFIG["out"]) / "dock-evolution.png"), "PNG")
    panel.tabs.setCurrentWidget(panel.actors)
    panel.widget().grab().save(str(Path(CONFIG["out"]) / "dock-actors.png"), "PNG")
    if CONFIG.get("actor"):  # the Datasets tab of one actor, as a click on its row shows it
        panel.tabs.setCurrentWidget(panel.datasets)
        panel.datasets.show_actor(CONFIG["actor"], CONFIG["actor"])
        settled(datasets_view)
        return
    export_dialog()


def datasets_view():
    from qgis.PyQt.QtWidgets import QScrollArea

    panel = plugins["odt_qgis_plugin"].panel
    scroll = panel.widget() if isinstance(panel.widget(), QScrollArea) else panel.findChild(QScrollArea)
    if scroll is not None:  # the tabs sit below the figures: scroll the dock down to them, as a user would
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    later(0.5, lambda: (grab("datasets.png"), export_dialog()))


def export_dialog():
    dialog = plugins["odt_qgis_plugin"].panel.export_dialog()
    dialog.show()
    later(1, lambda: dialogs(dialog))


def dialogs(export):
    export.grab().save(str(Path(CONFIG["out"]) / "export-dialog.png"), "PNG")
    export.close()
    from odt_qgis_plugin.plugin.settings_page import SettingsDialog
    from odt_qgis_plugin.plugin.build_dialog import BuildStoreDialog

    for name, dialog in (("settings-dialog.png", SettingsDialog(iface.mainWindow())),
                         ("build-dialog.png", BuildStoreDialog(iface.mainWindow()))):
        dialog.show()
        QgsApplication.processEvents()
        dialog.grab().save(str(Path(CONFIG["out"]) / name), "PNG")
        dialog.close()
    say("saved the dialogs")
    later(0.5, quit_qgis)


def quit_qgis():
    QgsProject.instance().clear()  # no "save the project?" or "temporary layers" question on the way out
    iface.actionExit().trigger()


later(3, start)
'''


def install_plugin(profile: Path) -> None:
    target = profile / "python" / "plugins" / "odt_qgis_plugin"
    target.mkdir(parents=True)
    for item in (ROOT / "odt_qgis_plugin").iterdir():
        if item.name != "__pycache__":
            (target / item.name).symlink_to(item)
    for name in PLUGIN_ITEMS:
        (target / name).symlink_to(ROOT / name)


def write_settings(profile: Path, lang: str, store: str) -> None:
    folder = profile / "QGIS"
    folder.mkdir(parents=True)
    locale = {"fr": "fr_FR", "en": "en_US"}[lang]
    (folder / "QGIS3.ini").write_text(f"""[PythonPlugins]
odt_qgis_plugin=true

[locale]
overrideFlag=true
userLocale={locale}
globalLocale={locale}

[qgis]
showTips322=false
checkVersion=false
allowVersionCheck=false
newProjectDefault=false

[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true

[odt_qgis_plugin]
last_store={store}
panel_visible=true
""", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--region", default="52")
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--out-dir", default=str(ROOT / "build" / "shots"))
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--more", action="store_true", help="also the scenario tab and the dialogs")
    parser.add_argument("--actor", default="", help="with --more: also the Datasets tab of this SIREN")
    args = parser.parse_args()
    if shutil.which("qgis") is None:
        print("the QGIS desktop application is not installed (Debian: apt-get install qgis)", file=sys.stderr)
        return 1
    out = Path(args.out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="odt-shots-") as work:
        work = Path(work)
        store = work / "store.gpkg"
        shutil.copyfile(args.store, store)
        profile = work / "profiles" / "profiles" / "default"
        install_plugin(profile)
        write_settings(profile, args.lang, str(store))
        driver = work / "driver.py"
        driver.write_text(f"CONFIG_PATH = {str(driver.with_suffix('.json'))!r}\n" + DRIVER, encoding="utf-8")
        log = work / "driver.log"
        driver.with_suffix(".json").write_text(json.dumps(
            {"store": str(store), "region": args.region, "out": str(out), "log": str(log),
             "size": [int(v) for v in args.size.split("x")], "more": args.more,
             "actor": args.actor}), encoding="utf-8")
        env = dict(os.environ, XDG_RUNTIME_DIR=str(work), QT_QPA_PLATFORM="xcb")
        env.pop("ODT_LOCALE", None)
        xvfb = None
        if not env.get("DISPLAY"):
            env["DISPLAY"] = ":99"
            xvfb = subprocess.Popen(["Xvfb", ":99", "-screen", "0", f"{args.size}x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1.5)
        try:
            done = subprocess.run(["qgis", "--profiles-path", str(work / "profiles"), "--nologo", "--noversioncheck",
                                   "--code", str(driver)], env=env, capture_output=True, text=True,
                                  timeout=args.timeout)
        except subprocess.TimeoutExpired as error:
            done = subprocess.CompletedProcess(error.cmd, 1, "", f"QGIS did not finish in {args.timeout} s")
        finally:
            if xvfb is not None:
                xvfb.terminate()
                xvfb.wait(10)
        said = log.read_text(encoding="utf-8") if log.is_file() else ""
        print(said, end="")
        if done.returncode != 0 or "saved" not in said:
            print(done.stderr[-3000:], file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
