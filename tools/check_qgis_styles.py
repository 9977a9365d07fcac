#!/usr/bin/python3
"""Opens every styled layer of a GeoPackage planmap wrote in QGIS (python3-qgis) and prints the
style QGIS loaded from its layer_styles table: renderer, fill/outline colours, label field.
Exits 1 when a layer with a planmap style row does not get it.

usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 tools/check_qgis_styles.py FILE.gpkg
       QT_QPA_PLATFORM=offscreen /usr/bin/python3 tools/check_qgis_styles.py --qml DIR
The second form loads the QML documents gis.tst_qgisstylewriter writes to DIR when run with
PLANMAP_QML_DUMP=DIR (single, categorized and graduated renderers, lines, markers, labels) into
memory layers and prints what QGIS made of each.
"""
import sqlite3
import sys

from qgis.core import QgsApplication, QgsVectorLayer

if sys.argv[1] == "--qml":
    import glob
    import os
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    failed = 0
    for path in sorted(glob.glob(sys.argv[2] + "/*.qml")):
        kind = os.path.basename(path).split("-")[1].split(".")[0]
        geometry = {"polygon": "Polygon", "line": "LineString", "point": "Point"}[kind]
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326&field=name_zh:string&field=status:string"
                               "&field=area:double", "x", "memory")
        message, ok = layer.loadNamedStyle(path)
        failed += not ok
        renderer = layer.renderer()
        out = [os.path.basename(path), "loaded" if ok else "FAILED " + message, renderer.type()]
        if renderer.type() == "singleSymbol":
            props = renderer.symbol().symbolLayer(0).properties()
            out += [renderer.symbol().symbolLayer(0).layerType(),
                    str(props.get("color", props.get("line_color"))),
                    "outline", str(props.get("outline_color")),
                    str(props.get("outline_style", props.get("line_style")))]
        elif renderer.type() == "categorizedSymbol":
            out += [renderer.classAttribute()] + [
                f"{c.value()}:{c.symbol().color().name()}" for c in renderer.categories()]
        elif renderer.type() == "graduatedSymbol":
            out += [renderer.classAttribute()] + [
                f"{r.lowerValue():g}-{r.upperValue():g}:{r.symbol().color().name()}"
                for r in renderer.ranges()]
        if layer.labelsEnabled():
            settings = layer.labeling().settings()
            text = settings.format()
            out += ["label", settings.fieldName, text.font().family(), f"{text.size():g}",
                    text.color().name(), "bold" if text.font().bold() else "regular"]
        print(" ".join(out))
    app.exitQgis()
    sys.exit(1 if failed else 0)

path = sys.argv[1]
rows = sqlite3.connect(path).execute(
    "SELECT f_table_name, styleQML FROM layer_styles WHERE styleName = 'planmap' AND useAsDefault"
).fetchall()
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
failed = 0
for table, qml in rows:
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    if not layer.isValid():
        print(f"{table}: QGIS cannot open the layer")
        failed += 1
        continue
    renderer = layer.renderer()
    symbol = renderer.symbol() if renderer.type() == "singleSymbol" else renderer.symbols(
        __import__("qgis.core").core.QgsRenderContext())[0]
    symbol_layer = symbol.symbolLayer(0)
    props = symbol_layer.properties()
    colour = props.get("color", props.get("line_color"))
    outline = props.get("outline_color", props.get("line_color"))
    labels = layer.labeling().settings().fieldName if layer.labelsEnabled() and layer.labeling() else ""
    expected = qml.split('name="color" type="QString" value="')[1].split('"')[0] if 'name="color"' in qml \
        else qml.split('name="line_color" type="QString" value="')[1].split('"')[0]
    ok = colour == expected
    failed += not ok
    print(f"{table}: {renderer.type()} {symbol_layer.layerType()} colour {colour} outline {outline} "
          f"width {props.get('outline_width', props.get('line_width'))} labels '{labels}' "
          f"{'matches' if ok else 'DIFFERS from'} the stored QML ({expected})")
app.exitQgis()
sys.exit(1 if failed or not rows else 0)
